'use strict';
// A body that does not parse: V8's SyntaxError, its stack headed by the body's line and a caret; a
// body cannot close the function early. Positions are the body's own, moved by the offsets.
const vm = require('vm');
const { frames } = require('./_util');

const bodies = [
  ['return 1 +', {}],
  ['let a = 1;\nlet b = ;', { filename: 'body.js', lineOffset: 3 }],
  ['})({', { filename: 'early.js' }],
  ['return await 1', { filename: 'await.js' }],
  ['let x = 1;\nlet x = 2;', { filename: 'twice.js' }],
  ['foo bar', { filename: 'tokens.js', columnOffset: 10 }],
];
for (const [body, options] of bodies) {
  try {
    vm.compileFunction(body, [], options);
    console.log('compiled', JSON.stringify(body));
  } catch (err) {
    console.log(err.name, err instanceof SyntaxError, JSON.stringify(err.message));
    console.log(frames(err));
    console.log('--');
  }
}
// Errors thrown when it runs point into the body.
const thrower = vm.compileFunction('\nconst v = 1;\nthrow new Error("from the body " + v);', [], {
  filename: 'thrower.js', lineOffset: 2, columnOffset: 4,
});
try {
  thrower();
} catch (err) {
  console.log(frames(err));
}
const firstLine = vm.compileFunction('throw new Error("first line")', [], { filename: 'first.js', columnOffset: 4 });
try {
  firstLine();
} catch (err) {
  console.log(frames(err));
}
// In a parsing context the SyntaxError is that context's.
const ctx = vm.createContext({});
try {
  vm.compileFunction('let = ;', [], { parsingContext: ctx });
} catch (err) {
  console.log(err instanceof SyntaxError, err instanceof vm.runInContext('SyntaxError', ctx));
}
