'use strict';
// vm.compileFunction: a function whose body is the code, with its parameters, context extensions
// and parsing context.
const vm = require('vm');
const { show } = require('./_util');

const add = vm.compileFunction('return a + b', ['a', 'b']);
show('call', () => add(2, 3));
show('shape', () => [add.name, add.length, String(add), typeof add.prototype]);
show('no params', () => vm.compileFunction('return arguments.length')(1, 2, 3));
show('this sloppy', () => vm.compileFunction('return this')() === globalThis);
show('this strict', () => vm.compileFunction('"use strict"; return this')());
show('this given', () => vm.compileFunction('return this.v').call({ v: 'given' }));
show('closure over nothing of ours', () => vm.compileFunction('return typeof require + " " + typeof add')());
// Context extensions: scopes around the function, the last one first; writes go to them.
const ext = { c: 10, d: 1 };
const withExt = vm.compileFunction('d = d + 1; undeclaredHere = "global"; return a + c', ['a'], {
  contextExtensions: [{ c: 'first' }, ext],
});
show('extensions', () => withExt(1));
console.log(ext, typeof globalThis.undeclaredHere);
delete globalThis.undeclaredHere;
show('extension order', () => vm.compileFunction('return c', [], { contextExtensions: [{ c: 1 }, { c: 2 }] })());
show('extension toString', () => String(vm.compileFunction('return 1', ['x'], { contextExtensions: [{}] })));
// A parsing context: the function belongs to that context.
const ctx = vm.createContext({ inContext: 'yes' });
const inCtx = vm.compileFunction('return [typeof inContext, this === globalThis, new Error("e") instanceof Error]', [], {
  parsingContext: ctx,
});
show('parsing context', () => inCtx());
show('realm', () => inCtx() instanceof Array);
show('context this', () => vm.compileFunction('return this', [], { parsingContext: ctx })() === vm.runInContext('this', ctx));
// Generators, async and nested functions in the body.
show('nested', () => vm.compileFunction('function inner(n) { return n * 2; } return inner(x);', ['x'])(21));
show('await', () => vm.compileFunction('return typeof await')());
vm.compileFunction('return Promise.resolve(p).then((v) => v + 1)', ['p'])(1).then((v) => console.log('then', v));
