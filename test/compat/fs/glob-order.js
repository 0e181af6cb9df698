'use strict';
// globSync: every pattern kind, results in Node's order (matches while reading a directory at once,
// subdirectories visited last-pushed first).
const fs = require('fs');
const { dir, p } = require('./_tmp');
for (const d of ['a/b/d', 'c', 'e.d']) fs.mkdirSync(p(d), { recursive: true });
for (const f of ['x.js', 'y.ts', 'a/y.js', 'a/b/z.js', 'a/b/d/v.js', 'a/b/q.txt', 'c/w.js', 'c/.hidden.js',
                 '.dot/n.js', 'e.d/m.md']) {
  fs.mkdirSync(p(require('path').dirname(f)), { recursive: true });
  fs.writeFileSync(p(f), f);
}
const patterns = [
  '**/*.js', '**', '*', '**/*', 'a/**', 'a/**/', '**/b/*', '{a,c}/*.js', '*.{js,ts}', 'a/?/*', '[ac]/*',
  '[!a]*', '[a-c]', 'a/**/*.txt', '**/d/**', './a/*.js', 'a/b/', 'a//b/*.txt', 'c/.*', '.*', '.dot/*',
  '*/*/*', 'a/b/../*.js', 'missing/*', 'x.js', 'nothere', '**/*.{md,txt}', 'a/**/**/v.js', 'a\\*',
];
for (const pattern of patterns) {
  console.log(JSON.stringify(pattern), JSON.stringify(fs.globSync(pattern, { cwd: dir })));
}
console.log('array', fs.globSync(['c/*', 'x.js', 'a/*.js', 'x.js'], { cwd: dir }));
console.log('abs', fs.globSync(`${dir}/a/*.js`).map((f) => f.slice(dir.length)));
console.log('url cwd', fs.globSync('*', { cwd: require('url').pathToFileURL(dir) }));
process.chdir(dir);
console.log('process cwd', fs.globSync('a/*'));
