'use strict';
// What a vm.Script is: its own properties, its prototype chain, magic comments.
const vm = require('vm');
const util = require('util');

const script = new vm.Script('1');
console.log(Object.keys(script), Object.getOwnPropertyNames(script));
console.log(util.inspect(script));
console.log(vm.Script.name, vm.Script.length, script instanceof vm.Script, script.constructor === vm.Script);
console.log(Object.getOwnPropertyNames(vm.Script.prototype));
const base = Object.getPrototypeOf(vm.Script.prototype);
console.log(base.constructor.name, Object.getOwnPropertyNames(base));
console.log(typeof script.createCachedData, typeof script.runInContext);
// The last sourceMappingURL and sourceURL comments.
console.log(new vm.Script('x\n//# sourceMappingURL=a.js.map').sourceMapURL);
console.log(new vm.Script('x\n//# sourceMappingURL=a.map\n//@ sourceMappingURL=b.map').sourceMapURL);
console.log(new vm.Script('x\n//# sourceURL=named.js').sourceURL);
console.log(new vm.Script('"//# sourceMappingURL=in-a-string.map"').sourceMapURL);
console.log(new vm.Script('x\n//# sourceMappingURL=trailing.map  \n').sourceMapURL);
// Methods need a script.
try {
  vm.Script.prototype.runInThisContext.call({});
} catch (err) {
  console.log(err.name, err.code, err.message);
}
try {
  base.createCachedData.call({});
} catch (err) {
  console.log(err.name, err.code, err.message);
}
