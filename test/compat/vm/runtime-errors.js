'use strict';
// Errors thrown by vm code: frames named by the script's filename, and with displayErrors (the
// default) the stack headed by "file:line", the source line and a caret at the throw.
const vm = require('vm');
const { frames } = require('./_util');

function run(label, fn) {
  try {
    fn();
    console.log(label, 'did not throw');
  } catch (err) {
    if (err === null || typeof err !== 'object') {
      console.log(label, 'threw value', err);
      return;
    }
    console.log(label, err.name, JSON.stringify(err.message));
    console.log(frames(err));
    console.log('--');
  }
}

run('throw', () => vm.runInThisContext('throw new Error("boom")', { filename: 'throw.js' }));
run('nested', () => vm.runInThisContext(
  'function outer() { inner(); }\nfunction inner() {\n  throw new RangeError("deep");\n}\nouter();',
  { filename: 'nested.js' }));
run('default filename', () => vm.runInThisContext('throw new TypeError("anonymous")'));
run('displayErrors false', () => vm.runInThisContext('throw new Error("plain")', { filename: 'plain.js', displayErrors: false }));
run('in a context', () => vm.runInNewContext('throw new TypeError("in ctx")', {}, 'ctx.js'));
run('engine error', () => vm.runInNewContext('let n = 1;\nnotDefined;', {}, { filename: 'engine.js' }));
run('tab indented', () => vm.runInThisContext('if (true) {\n\tthrow new Error("tabbed");\n}', { filename: 'tab.js' }));
run('number', () => vm.runInNewContext('throw 42'));
run('object', () => vm.runInNewContext('throw { plain: true }'));
// An error made in a context is not an instance of this context's Error.
try {
  vm.runInNewContext('throw new Error("x")');
} catch (err) {
  console.log(err instanceof Error, Object.prototype.toString.call(err), err.constructor.name);
}
// An error thrown again through a second vm call keeps its one arrow.
const ctx = vm.createContext({});
vm.runInContext('function fail() { throw new Error("once"); }', ctx, { filename: 'inner.js' });
ctx.rethrow = () => vm.runInContext('fail()', ctx, { filename: 'middle.js' });
run('twice', () => vm.runInContext('rethrow()', ctx, { filename: 'outer.js' }));
// Errors of functions the context made, called from here, are not decorated (no vm run around them).
try {
  ctx.fail();
} catch (err) {
  console.log(frames(err));
}
// A stack overflow in a context's code is the context's RangeError; in this context's code, ours.
try {
  vm.runInNewContext('function down(n) { return down(n + 1) + 1; } down(0)');
} catch (err) {
  console.log(err.name, err.message, err instanceof RangeError);
}
try {
  vm.runInThisContext('(function down() { down(); })()');
} catch (err) {
  console.log(err.name, err.message, err instanceof RangeError);
}
