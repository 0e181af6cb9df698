'use strict';
// A context has built-ins of its own: its objects are not instances of this context's classes.
const vm = require('vm');
const util = require('util');

const ctx = vm.createContext({});
const arr = vm.runInContext('[1, 2, 3]', ctx);
console.log(vm.runInContext('Array', ctx) === Array, arr instanceof Array, Array.isArray(arr));
console.log(vm.runInContext('Object', ctx) === Object, vm.runInContext('({})', ctx) instanceof Object);
const err = vm.runInContext('new TypeError("from the context")', ctx);
console.log(err instanceof Error, err instanceof vm.runInContext('Error', ctx), util.types.isNativeError(err));
console.log(Object.prototype.toString.call(err), err.name, err.message);
console.log(util.types.isMap(vm.runInContext('new Map([[1, 2]])', ctx)), util.types.isPromise(vm.runInContext('Promise.resolve()', ctx)));
console.log(util.types.isDate(vm.runInContext('new Date(0)', ctx)), util.types.isRegExp(vm.runInContext('/x/g', ctx)));
// Each context has its own too; changing one's prototypes leaves the others alone.
const other = vm.createContext({});
console.log(vm.runInContext('Array', other) === vm.runInContext('Array', ctx));
vm.runInContext('Array.prototype.extra = function () { return "extra"; }', ctx);
console.log(vm.runInContext('[].extra()', ctx), vm.runInContext('typeof [].extra', other), typeof [].extra);
// Values cross as they are: the same objects, JSON works on them.
const shared = { n: 1 };
ctx.shared = shared;
console.log(vm.runInContext('shared', ctx) === shared, JSON.stringify(vm.runInContext('({ a: [1, { b: 2 }] })', ctx)));
console.log(vm.runInContext('JSON.stringify(shared)', ctx));
// Functions of either side work on the other's values.
const sum = vm.runInContext('(function (xs) { return xs.reduce((a, b) => a + b, 0); })', ctx);
console.log(sum([1, 2, 3]), Array.prototype.map.call(arr, (x) => x * 2));
console.log(util.inspect(vm.runInContext('({ list: [1, 2], map: new Map([["k", 1]]), set: new Set([1]) })', ctx)));
console.log(util.inspect(vm.runInContext('class Point { constructor() { this.x = 1; } }; new Point()', ctx)));
