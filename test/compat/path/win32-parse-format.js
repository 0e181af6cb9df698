// path.win32.parse and format round trips over drive, UNC and relative paths.
const w = require('path').win32;
for (const p of ['C:\\path\\dir\\file.txt', 'C:\\', 'C:', 'C:file', 'C:.hidden', '\\\\server\\share\\file.md', '\\\\server\\share',
  '\\dir\\', 'dir\\sub\\', 'file', '.', '..', '...', 'a.b.c.d', 'C:\\a\\.', 'C:\\a\\..', '/unix/style.js', 'x\\y.', '\\\\?\\C:\\x.y']) {
  const parsed = w.parse(p);
  console.log(JSON.stringify(p), JSON.stringify(parsed), JSON.stringify(w.format(parsed)));
}
console.log(w.format({ dir: 'C:\\x', name: 'n', ext: 'e' }), w.format({ root: '\\\\s\\sh\\', base: 'b' }), w.format({ name: 'n' }), w.format({}));
