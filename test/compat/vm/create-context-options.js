'use strict';
// vm.createContext's arguments and options, checked as Node checks them.
const vm = require('vm');
const { show } = require('./_util');

show('no arguments', () => vm.isContext(vm.createContext()));
show('undefined sandbox', () => Object.keys(vm.createContext(undefined)));
show('number', () => vm.createContext(1));
show('string', () => vm.createContext('x'));
show('null', () => vm.createContext(null));
show('function', () => vm.createContext(function f() {}));
show('options number', () => vm.createContext({}, 1));
show('options null', () => vm.createContext({}, null));
show('name', () => vm.createContext({}, { name: 1 }));
show('name ok', () => vm.isContext(vm.createContext({}, { name: 'mine', origin: 'https://example.org' })));
show('origin', () => vm.createContext({}, { origin: 2 }));
show('codeGeneration', () => vm.createContext({}, { codeGeneration: 1 }));
show('codeGeneration null', () => vm.createContext({}, { codeGeneration: null }));
show('strings', () => vm.createContext({}, { codeGeneration: { strings: 1 } }));
show('wasm', () => vm.createContext({}, { codeGeneration: { wasm: 'no' } }));
show('codeGeneration ok', () => vm.isContext(vm.createContext({}, { codeGeneration: { strings: true, wasm: false } })));
show('microtaskMode', () => vm.createContext({}, { microtaskMode: 'x' }));
show('microtaskMode number', () => vm.createContext({}, { microtaskMode: 1 }));
show('microtaskMode ok', () => vm.isContext(vm.createContext({}, { microtaskMode: 'afterEvaluate' })));
show('importModuleDynamically', () => vm.createContext({}, { importModuleDynamically: 2 }));
show('importModuleDynamically ok', () => vm.isContext(vm.createContext({}, {
  importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
})));
// Options are not checked for an object that is a context already.
const ctx = vm.createContext({});
show('options of a context', () => vm.createContext(ctx, { name: 1 }) === ctx);
// Arrays can be sandboxes; their elements and length are globals.
const arr = vm.createContext([10, 20]);
show('array sandbox', () => vm.runInContext('[this[0], length, this[1]]', arr));
