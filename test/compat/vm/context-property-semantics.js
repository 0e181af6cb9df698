'use strict';
// How stores, definitions, deletions and queries on a context's global reach its sandbox.
const vm = require('vm');

// A read-only sandbox property stays as it is.
const ro = {};
Object.defineProperty(ro, 'fixed', { value: 1, writable: false, enumerable: true });
vm.createContext(ro);
console.log(vm.runInContext('fixed = 2; fixed', ro), ro.fixed);
try {
  vm.runInContext('"use strict"; fixed = 3;', ro);
  console.log('no error');
} catch (err) {
  console.log('strict store threw', err.name);
}

// Getters and setters of the sandbox run for the context's reads and writes.
const log = [];
const accessors = {
  get reading() { log.push('get'); return 'value'; },
  set writing(v) { log.push(`set ${v}`); },
};
vm.createContext(accessors);
console.log(vm.runInContext('reading', accessors));
vm.runInContext('writing = 5', accessors);
console.log(log, Object.getOwnPropertyDescriptor(accessors, 'writing').set !== undefined);

// Object.defineProperty on the global defines on the sandbox, with the attributes given.
const defs = vm.createContext({});
vm.runInContext(`
  Object.defineProperty(globalThis, 'hidden', { value: 1, enumerable: false, writable: true, configurable: true });
  Object.defineProperty(globalThis, 'bare', { value: 2 });
  Object.defineProperty(globalThis, 'computed', { get() { return 'computed'; }, configurable: true });
`, defs);
for (const key of ['hidden', 'bare', 'computed']) console.log(key, Object.getOwnPropertyDescriptor(defs, key));
console.log(vm.runInContext('[hidden, bare, computed]', defs));

// delete in the context deletes from the sandbox.
const del = vm.createContext({ gone: 1, kept: 2 });
Object.defineProperty(del, 'stuck', { value: 3, configurable: false, enumerable: true });
console.log(vm.runInContext('[delete gone, delete stuck, typeof gone, typeof stuck]', del), Object.keys(del));

// Queries see the sandbox and the context's built-ins; reads see the sandbox's prototype too.
class Base { method() { return 'from the prototype'; } }
const q = vm.createContext(Object.assign(new Base(), { own: 2 }));
console.log(vm.runInContext('["own" in this, "Array" in this, "nope" in this]', q));
console.log(vm.runInContext('[method(), this.hasOwnProperty("own"), this.hasOwnProperty("method")]', q));

// Symbols on the sandbox are globals of the context too.
const sym = Symbol('s');
const symbols = vm.createContext({ [sym]: 'symbol value' });
symbols.sym = sym;
console.log(vm.runInContext('[this[sym], Object.getOwnPropertySymbols(this).includes(sym)]', symbols));

// Strict mode: an undeclared name is a ReferenceError and does not reach the sandbox.
const strict = vm.createContext({});
try {
  vm.runInContext('"use strict"; undeclared = 1;', strict);
} catch (err) {
  console.log(err.name, 'undeclared' in strict);
}
vm.runInContext('"use strict"; this.viaThis = 1;', strict);
console.log(strict.viaThis);

// A sandbox getter that throws: the name reads as absent, unless the context's global has it too.
const throwing = vm.createContext({
  get bad() { throw new Error('getter threw'); },
  get Array() { throw new Error('shadowing getter threw'); },
});
console.log(vm.runInContext('typeof bad', throwing), vm.runInContext('this.bad', throwing));
try {
  vm.runInContext('typeof Array', throwing);
} catch (err) {
  console.log(err.message);
}
