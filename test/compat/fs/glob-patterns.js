// fs.globSync with the matcher path.matchesGlob uses: extglobs, sequences, POSIX classes, ".." and "." in
// patterns, literal parentheses and brackets.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'globx-'));
for (const f of ['foo.js', 'bar.js', 'baz.ts', '.hidden.js', 'a1.txt', 'a2.txt', 'a3.txt', 'a10.txt', 'b/x.js', 'b/.y.js', 'c/d/e.md', 'A.JS', 'x(y).js', '[a].js'])
  { fs.mkdirSync(path.join(dir, path.dirname(f)), { recursive: true }); fs.writeFileSync(path.join(dir, f), ''); }
for (const p of ['@(foo|bar).js', '!(foo).js', '*(foo|bar).js', '+(a)[0-9].txt', 'a{1..3}.txt', 'a{1..10..9}.txt', '[[:alpha:]]*.js',
  '*.[jt]s', '**/*.js', 'b/../*.ts', './b/./x.js', 'b//x.js', '**/.*.js', 'x(y).js', '\\[a\\].js', '[[]a].js', '*.JS', '?(b)/*.js', '**/', 'c/**', 'c/**/*.md', '{b,c}/**/*'])
  console.log(p, JSON.stringify(fs.globSync(p, { cwd: dir }).sort()));
fs.rmSync(dir, { recursive: true });
