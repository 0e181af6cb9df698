'use strict';
// Scripts that do not parse: V8's message, and the stack headed by "file:line", the source line and
// a caret whatever displayErrors says (Node decorates compilation errors always).
const vm = require('vm');
const { frames } = require('./_util');

const cases = [
  ['var a = ;', { filename: 'syn.js' }],
  ['\n  foo bar', { filename: 'offset.js', lineOffset: 3 }],
  ['1 +\n  throw new Error("x")', { filename: 'throw.js' }],
  ['let a = {\n', { filename: 'end.js' }],
  ['x = 1 +', { filename: 'end-of-line.js' }],
  ['return 1', { filename: 'return.js' }],
  ['const c;', { filename: 'const.js' }],
  ['x = "unterminated', {}],
  ['if (a) else b', { filename: 'else.js', columnOffset: 5 }],
];
for (const [code, options] of cases) {
  try {
    new vm.Script(code, options);
    console.log('compiled', JSON.stringify(code));
  } catch (err) {
    console.log(err.name, JSON.stringify(err.message));
    console.log(frames(err));
    console.log('--');
  }
}
// vm.runInContext compiles in the context: its SyntaxError is the context's.
const ctx = vm.createContext({});
try {
  vm.runInContext('var = 1', ctx);
} catch (err) {
  console.log(err instanceof SyntaxError, err instanceof vm.runInContext('SyntaxError', ctx));
}
try {
  new vm.Script('var = 1');
} catch (err) {
  console.log(err instanceof SyntaxError);
}
// A script redeclaring a global lexical name fails when it runs, with V8's message.
vm.runInThisContext('let declaredOnce = 1;');
try {
  vm.runInThisContext('let declaredOnce = 2;');
} catch (err) {
  console.log(err.name, err.message);
}
