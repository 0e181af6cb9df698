// path.win32 on any platform: normalize, parse and friends over drive, UNC and relative paths; join,
// resolve (absolute inputs only: the working directory differs between machines), relative, errors.
const w = require('path').win32;
const paths = ['', '.', '..', 'a', 'a\\b', 'a/b/', 'C:', 'C:\\', 'C:/', 'C:a', 'C:\\a\\b', 'c:/a/b/',
  '\\', '/', '\\a', '\\\\', '\\\\server', '\\\\server\\', '\\\\server\\share', '\\\\server\\share\\', '\\\\server\\share\\a\\b',
  '//server/share/a/', 'a\\..\\..\\b', 'C:..\\a', 'C:\\..\\a', '\\\\s\\sh\\..\\..', 'a/./b/../c/', 'file.txt', '.bashrc',
  'a.b.c', 'dir\\file.', '..\\x', 'a::b', 'a:b', 'C:\\a:b', '\\\\?\\C:\\a', '\\\\.\\pipe\\x', '\\\\s\\sh\\a.txt', 'C:foo.js'];
for (const p of paths) {
  console.log(JSON.stringify(p), w.normalize(p), w.isAbsolute(p), w.dirname(p), w.basename(p), w.extname(p), JSON.stringify(w.parse(p)));
}
console.log(w.join('a', 'b'), w.join('/a', '..', 'b'), w.join('//server', 'share'), w.join('/', '/x'), w.join('\\\\', 'x'), w.join('', ''), w.join('C:', 'a'), w.join('C:\\', '..'), w.join('a', 'C:'), w.join('//a', 'b'), w.join('///a', 'b'));
console.log(w.resolve('C:\\a', 'b'), w.resolve('C:\\a', 'D:\\b', 'c'), w.resolve('C:\\a', '\\b'), w.resolve('\\\\s\\sh', 'x', '..\\y'), w.resolve('C:\\a', 'C:b'), w.resolve('C:\\a\\', '..\\..\\..'));
console.log(w.relative('C:\\a\\b', 'C:\\a\\c'), w.relative('C:\\a', 'D:\\a'), w.relative('C:\\A\\b', 'c:\\a\\B\\c'), w.relative('C:\\a\\b', 'C:\\'), w.relative('C:\\', 'C:\\x\\y'), w.relative('\\\\s\\sh\\a', '\\\\s\\sh\\b'), w.relative('C:\\foo\\bar', 'C:\\foo\\bar2'), w.relative('C:\\a\\b\\', 'C:\\a\\b\\c\\'));
console.log(w.basename('C:\\a\\b.js', '.js'), w.basename('b.js', 'b.js'), w.basename('a\\b.js\\', 'b.js'), w.basename('C:'), w.basename('C:a'));
console.log(w.format({ root: 'C:\\', dir: 'C:\\a', base: 'b.txt' }), w.format({ root: 'C:\\', name: 'x', ext: 'js' }), w.format({ dir: 'a', name: 'x', ext: '.js' }));
console.log(w.toNamespacedPath('C:\\a'), w.toNamespacedPath('\\\\s\\sh\\a'), w.toNamespacedPath(''), w.toNamespacedPath(5), w.toNamespacedPath('\\\\?\\C:\\a'), w.toNamespacedPath('C:\\a\\..\\b'));
for (const f of [() => w.join(1), () => w.resolve('a', null), () => w.relative(1, 'a'), () => w.parse(1), () => w.format(1), () => w.basename('a', 1)]) {
  try { f(); } catch (e) { console.log(e.code, e.message); }
}
