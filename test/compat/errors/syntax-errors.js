// SyntaxErrors from compiling a program: V8's wording, and the report's header pointing where V8
// points (past the last line, without a caret, for an unexpected end of input). CommonJS entry
// points, ES modules (also a dependency of the entry), and require() of a bad file caught by the
// caller.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'syntax-'));
const snippets = [
  'let b = ;', 'const p;', 'function f( {', 'if (x) {\n  y();\n', 'a = {;', 'var 1x = 2;',
  'let x = 1;\nlet x = 2;', 'x = "abc', 'x = `abc', 'foo bar', 'x = 5 5', 'x = "a" "b"', 'class { }',
  'let let = 1;', 'f();\n}\n', ')', 'x = /abc', 'function f() { break; }', 'for (;;) { continue lab; }',
  "'use strict'; with (a) {}", "'use strict'; var eval = 1;", 'super()', 'x = {a:1,,}', 'let [a] ;',
  'interface P { x: number }', 'x = 1 +', 'f(a,,b)', 'x = @', 'if (a) else b', 'x.#y', 'await 1; function g() { await 2; }',
];
const report = (file) => {
  const r = spawnSync(process.execPath, [file], { encoding: 'utf8' });
  const end = r.stderr.indexOf('\n    at ');
  return `${r.status} ${(end === -1 ? r.stderr : r.stderr.slice(0, end)).replaceAll(dir, 'DIR')}`;
};
// Reports (header, caret, message) of a few in processes of their own; the message of all, caught.
const reported = new Set(['let b = ;', 'const p;', 'if (x) {\n  y();\n', 'x = "abc', 'foo bar', 'f();\n}\n',
                          'let [a] ;', 'if (a) else b']);
snippets.forEach((text, i) => {
  const cjs = path.join(dir, `s${i}.js`);
  fs.writeFileSync(cjs, `${text}\n`);
  console.log(JSON.stringify(text));
  if (reported.has(text)) console.log(report(cjs));
  try {
    require(cjs);
  } catch (err) {
    console.log('require:', err.name, err.message);
  }
});
fs.rmSync(dir, { recursive: true });
