// path.posix: normalize, dirname, basename, extname, parse, format, join, relative, resolve, errors.
const path = require('path');
const cases = ['', '/', '//', '///a', '//a', '/a/b/', 'a/b', 'a', '.', '..', '../..', './a/../../b', '/a/./b/../../..', 'a//b', '/foo/bar.js', '.bashrc', 'a.', 'a..b', 'x/.', 'x/..', '/a/b.tar.gz/', 'file.', '..a', '/..'];
for (const c of cases) {
  console.log(JSON.stringify([c, path.normalize(c), path.dirname(c), path.basename(c), path.extname(c), path.isAbsolute(c), path.parse(c), path.format(path.parse(c))]));
}
console.log(path.basename('/a/b.js', '.js'), path.basename('b.js', 'b.js'), path.basename('aaa', 'a'), path.basename('/a/b.js/', '.js'), path.basename('a', ''));
console.log(path.join(), path.join(''), path.join('a', '', 'b/', '../c'), path.join('/a', '..', '..'), path.join('a', '.'), path.join('./', 'x/'));
console.log(path.relative('/a/b/c', '/a/d'), path.relative('/a', '/a/b/c'), path.relative('/', '/x'), path.relative('/x', '/'), path.relative('a', 'a/b'), JSON.stringify(path.relative('/a/b', '/a/b')));
console.log(path.resolve('/a', 'b', '../c'), path.resolve('/a', '/b'), path.resolve('/x/', './'), path.resolve('/'));
console.log(path.format({ root: '/', base: 'x.txt' }), path.format({ dir: '/home', name: 'f', ext: 'txt' }), path.format({ name: 'f', ext: '.t' }), path.format({ root: '/r/', dir: '/r/' , base: 'b'}));
console.log(path.sep, path.delimiter, path.posix === path, typeof path.toNamespacedPath);
try { path.normalize(5) } catch (e) { console.log(e.code, e.message); }
try { path.basename('a', 5) } catch (e) { console.log(e.code, e.message); }
try { path.resolve('a', null) } catch (e) { console.log(e.code, e.message); }
try { path.format(null) } catch (e) { console.log(e.code, e.message); }
