'use strict';
// node:vm as a module: its exports, its constants, its place among the built-ins.
const vm = require('vm');
const { builtinModules, isBuiltin } = require('module');

console.log(Object.keys(vm));
console.log(require('node:vm') === vm, builtinModules.includes('vm'), isBuiltin('vm'), isBuiltin('node:vm'));
const { constants } = vm;
console.log(Object.isFrozen(constants), Object.getPrototypeOf(constants), Object.keys(constants));
console.log(typeof constants.DONT_CONTEXTIFY, String(constants.DONT_CONTEXTIFY));
console.log(typeof constants.USE_MAIN_CONTEXT_DEFAULT_LOADER, String(constants.USE_MAIN_CONTEXT_DEFAULT_LOADER));
console.log(constants.DONT_CONTEXTIFY === Symbol.for('vm_context_no_contextify'));
for (const name of Object.keys(vm)) {
  if (typeof vm[name] === 'function') console.log(name, vm[name].length);
}
console.log(typeof vm.Module, typeof vm.SourceTextModule, typeof vm.SyntheticModule);
import('vm').then((ns) => console.log(ns.default === vm, typeof ns.runInNewContext, typeof ns.Script));
