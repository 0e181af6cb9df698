'use strict';
// lineOffset and columnOffset move the positions of a script's frames (columns on its first line
// only) and the line of its arrow.
const vm = require('vm');
const { frames } = require('./_util');

function stackOf(code, options) {
  try {
    vm.runInThisContext(code, options);
  } catch (err) {
    return frames(err);
  }
  return 'no error';
}
console.log(stackOf('throw new Error("first line")', { filename: 'a.js', lineOffset: 10, columnOffset: 5 }));
console.log(stackOf('\n\n  throw new Error("third line")', { filename: 'b.js', lineOffset: 10, columnOffset: 5 }));
console.log(stackOf('function f() {\n  throw new Error("in f");\n}\nf();', { filename: 'c.js', lineOffset: 100 }));
console.log(stackOf('throw new Error("negative")', { filename: 'd.js', lineOffset: -5, columnOffset: -2 }));
// The offsets also name where the script's functions are, later.
const script = new vm.Script('function located() { return new Error("located").stack.split("\\n")[1].trim(); }',
  { filename: 'e.js', lineOffset: 7, columnOffset: 3 });
script.runInThisContext();
console.log(globalThis.located());
// Two scripts of one filename keep their own offsets.
const one = vm.runInThisContext('(function () { return new Error().stack.split("\\n")[1].trim(); })', { filename: 'same.js', lineOffset: 1 });
const two = vm.runInThisContext('(function () { return new Error().stack.split("\\n")[1].trim(); })\n', { filename: 'same.js', lineOffset: 50 });
console.log(one(), two());
