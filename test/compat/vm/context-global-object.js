'use strict';
// The global object of a contextified sandbox's context: `this` at the top level is it, it is not
// the sandbox, and it shows the sandbox's properties (the sandbox itself reads as it).
const vm = require('vm');
const util = require('util');

const sandbox = { a: 1 };
sandbox.self = sandbox;
vm.createContext(sandbox);
const global = vm.runInContext('this', sandbox);
console.log(global === sandbox, vm.runInContext('this === globalThis', sandbox));
console.log(vm.runInContext('self === globalThis', sandbox), global.self === global);
console.log(global.a, 'a' in global, Object.hasOwn(global, 'a'), util.types.isProxy(global));
vm.runInContext('var x = 2; function f() {} y = 3;', sandbox);
console.log(Object.keys(global));
console.log(Object.keys(sandbox));
console.log(Object.getOwnPropertyDescriptor(global, 'x'), Object.getOwnPropertyDescriptor(global, 'Array'));
console.log(vm.runInContext('Object.keys(globalThis)', sandbox));
console.log(vm.runInContext('var seen = []; for (var key in globalThis) seen.push(key); seen', sandbox));
console.log(Object.prototype.toString.call(global), vm.runInContext('String(this)', sandbox));
// The global's prototype: an object between it and Object.prototype, as V8's global template makes.
const proto = Object.getPrototypeOf(global);
console.log(proto === vm.runInContext('Object.prototype', sandbox), Object.getOwnPropertyNames(proto));
console.log(Object.getPrototypeOf(proto) === vm.runInContext('Object.prototype', sandbox));
// A sandbox of a class names the global's tag.
class Window {}
const win = vm.createContext(new Window());
console.log(vm.runInContext('Object.prototype.toString.call(globalThis)', win));
// Functions of the context called without a receiver get the global as `this`.
vm.runInContext('function who() { return this; }', sandbox);
console.log(sandbox.who() === sandbox, sandbox.who.call(undefined) === global);
// util.inspect shows the sandbox's properties through the global.
const small = vm.createContext({ k: 'v' });
vm.runInContext('var n = 1;', small);
console.log(util.inspect(vm.runInContext('this', small)));
