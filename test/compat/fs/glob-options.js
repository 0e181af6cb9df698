'use strict';
// glob options (exclude as function and patterns, withFileTypes), validation, and the callback and
// promise forms.
const fs = require('fs');
const { dir, p, clean } = require('./_tmp');
for (const f of ['x.js', 'a/y.js', 'a/b/z.js', 'a/b/q.txt', 'c/w.js']) {
  fs.mkdirSync(require('path').dirname(p(f)), { recursive: true });
  fs.writeFileSync(p(f), f);
}
const cwd = dir;
const show = (label, fn) => {
  try {
    console.log(label, JSON.stringify(fn()));
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
};
show('exclude fn', () => fs.globSync('**', { cwd, exclude: (path) => path === 'a' }));
show('exclude fn dirent', () => fs.globSync('**', { cwd, withFileTypes: true, exclude: (d) => d.name === 'b' })
  .map((d) => (d.name === require('path').basename(dir) ? '<dir>' : d.name)));
show('exclude patterns', () => fs.globSync('**', { cwd, exclude: ['a/b/**', '*.js'] }));
show('exclude braces', () => fs.globSync('**/*.js', { cwd, exclude: ['{a,c}/*.js'] }));
show('dirents', () => fs.globSync('a/*', { cwd, withFileTypes: true })
  .map((d) => [d.name, clean(d.parentPath), d.isDirectory(), d.isFile(), d.constructor.name]));
show('bad pattern', () => fs.globSync(5));
show('bad pattern entry', () => fs.globSync(['a', 5]));
show('bad options', () => fs.globSync('a', 5));
show('bad cwd', () => fs.globSync('a', { cwd: 5 }));
show('bad exclude', () => fs.globSync('a', { exclude: 5 }));
show('bad cb', () => fs.glob('*'));
show('glob returns', () => fs.glob('*', { cwd }, () => {}));
console.log(fs.glob.name, fs.globSync.name, fs.promises.glob.name, fs.glob.length, fs.globSync.length);

fs.glob('**/*.js', { cwd }, (err, files) => {
  console.log('cb', err, files);
  fs.glob('*', (err2, files2) => {
    console.log('cb no options', err2, Array.isArray(files2));
    (async () => {
      const it = fs.promises.glob('*', { cwd });
      console.log(typeof it[Symbol.asyncIterator], Object.prototype.toString.call(it));
      for await (const entry of it) console.log('iter', entry);
      for await (const d of fs.promises.glob('a/b/*', { cwd, withFileTypes: true })) {
        console.log('iter dirent', d.name, d.isFile());
      }
      try {
        for await (const x of fs.promises.glob(7)) console.log(x);
      } catch (e) {
        console.log('promise bad', e.code, e.message);
      }
    })();
  });
});
