// Stack frames and call sites on the first line of a CommonJS module carry the file's own columns
// (the module wrapper is not part of the line), as in Node: errors made, thrown and captured there.
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'line-one-'));
const write = (name, text) => { fs.writeFileSync(path.join(dir, name), text); return path.join(dir, name); };
const frames = (stack) => stack.split('\n').filter((l) => l.includes(dir)).map((l) => l.replaceAll(dir, '.'));

const made = require(write('made.js', "exports.err = new Error('made on line one'); exports.f = function f() { return new Error('in f'); };\n"));
console.log(frames(made.err.stack));
console.log(frames(made.f().stack));

try {
  require(write('throws.js', "const a = 1; if (a) throw new TypeError('thrown on line one');\n"));
} catch (e) {
  console.log(e.name, frames(e.stack));
}

const cs = require(write('callsite.js', "module.exports = function site() { const o = {}; Error.captureStackTrace(o); return o.stack; };\n"));
console.log(frames(cs()));

const oneLine = require(write('oneline.js', "function a() { return b(); } function b() { return new Error('deep').stack; } module.exports = a;"));
console.log(frames(oneLine()));

const shebang = require(write('shebang.js', "#!/usr/bin/env node\nmodule.exports = new Error('line two').stack;\n"));
console.log(frames(shebang));
fs.rmSync(dir, { recursive: true });
