'use strict';
// vm.constants.DONT_CONTEXTIFY: a context whose global object is an ordinary one, given back itself.
const vm = require('vm');
const util = require('util');

const g = vm.createContext(vm.constants.DONT_CONTEXTIFY);
console.log(typeof g, vm.isContext(g), util.types.isProxy(g));
console.log(vm.runInContext('globalThis', g) === g, vm.runInContext('this === globalThis', g));
vm.runInContext('var declared = 1; function f() { return declared; } assigned = 2; let lexical = 3;', g);
console.log(g.declared, g.f(), g.assigned, g.lexical, Object.keys(g));
g.fromOutside = 5;
console.log(vm.runInContext('fromOutside', g), g.Array === Array, g.Array === vm.runInContext('Array', g));
console.log(Object.getPrototypeOf(g) === Object.prototype, Object.getPrototypeOf(g) === g.Object.prototype);
console.log(vm.createContext(vm.constants.DONT_CONTEXTIFY) === g, vm.createContext(g) === g);
console.log(util.inspect(vm.createContext(vm.constants.DONT_CONTEXTIFY)));
console.log(vm.runInNewContext('typeof console', vm.constants.DONT_CONTEXTIFY));
console.log(Object.prototype.toString.call(g));
