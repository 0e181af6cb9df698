'use strict';
// A contextified sandbox and the context's globals: declarations, assignments and `this.x` in the
// context reach the sandbox; let/const stay in the context; the sandbox's properties are globals.
const vm = require('vm');

const sandbox = { a: 1, list: [] };
const ctx = vm.createContext(sandbox);
console.log(ctx === sandbox, vm.isContext(sandbox));
vm.runInContext(`
  var v = 2;
  var declared;
  function fd() { return a + v; }
  assigned = 3;
  this.viaThis = 4;
  globalThis.viaGlobalThis = 5;
  let lexical = 6;
  const constant = 7;
  list.push(typeof lexical);
`, ctx);
console.log(Object.keys(sandbox));
console.log(sandbox.v, sandbox.assigned, sandbox.viaThis, sandbox.viaGlobalThis, typeof sandbox.fd, sandbox.fd());
console.log('declared' in sandbox, 'lexical' in sandbox, 'constant' in sandbox, sandbox.list);
console.log(vm.runInContext('[lexical, constant, typeof declared]', ctx));
for (const key of ['v', 'fd', 'assigned', 'viaThis', 'a']) {
  console.log(key, Object.getOwnPropertyDescriptor(sandbox, key));
}

// The sandbox's later properties are globals too, and its changes are seen.
sandbox.later = 'later';
sandbox.a = 10;
console.log(vm.runInContext('[later, a, fd()]', ctx));
delete sandbox.later;
console.log(vm.runInContext('typeof later', ctx));

// A second script sees the first one's globals; var again reassigns.
vm.runInContext('var v = 20; assigned += 1;', ctx);
console.log(sandbox.v, sandbox.assigned);

// Undeclared reads fail as in any global scope.
try {
  vm.runInContext('missing', ctx);
} catch (err) {
  console.log(err.name, err instanceof ReferenceError);
}
console.log(vm.runInContext('typeof missing', ctx));
