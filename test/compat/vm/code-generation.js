'use strict';
// codeGeneration.strings false: eval and the Function constructors refuse with V8's EvalError.
const vm = require('vm');
const { show } = require('./_util');

const ctx = vm.createContext({}, { codeGeneration: { strings: false } });
show('eval', () => vm.runInContext('eval("1 + 1")', ctx));
show('indirect eval', () => vm.runInContext('(0, eval)("1 + 1")', ctx));
show('new Function', () => vm.runInContext('new Function("return 1")()', ctx));
show('Function call', () => vm.runInContext('Function("return 1")()', ctx));
show('constructor', () => vm.runInContext('(function () {}).constructor("return 1")()', ctx));
show('generator', () => vm.runInContext('Object.getPrototypeOf(function* () {}).constructor("yield 1")', ctx));
show('async', () => vm.runInContext('Object.getPrototypeOf(async function () {}).constructor("return 1")', ctx));
show('error class', () => vm.runInContext('try { eval("1"); } catch (e) { e instanceof EvalError }', ctx));
show('still functions', () => vm.runInContext(
  '[typeof eval, eval.name, Function.name, Function === Function.prototype.constructor, (() => {}) instanceof Function]',
  ctx));
show('code still runs', () => vm.runInContext('[1, 2, 3].map((x) => x * 2)', ctx));
// Allowed by default, and with strings true.
show('default', () => vm.runInNewContext('eval("6 * 7")'));
show('strings true', () => vm.runInContext('new Function("return 5")()', vm.createContext({}, { codeGeneration: { strings: true } })));
show('wasm false', () => vm.runInContext('eval("2")', vm.createContext({}, { codeGeneration: { wasm: false } })));
// runInNewContext's contextCodeGeneration.
show('contextCodeGeneration', () => vm.runInNewContext('eval("1")', {}, { contextCodeGeneration: { strings: false } }));
show('contextCodeGeneration bad', () => vm.runInNewContext('1', {}, { contextCodeGeneration: { strings: 1 } }));
// The main context is not affected.
show('main', () => eval('3'));
