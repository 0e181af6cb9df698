// path.win32.matchesGlob: both separators in the path, drive letters, case; and the function's shape.
const path = require('path');

const cases = [
  ['C:\\a\\b.js', 'C:/a/*.js'], ['c:\\a\\b.js', 'C:\\a\\*.js'], ['C:\\A\\b.js', 'C:/a/*.js'], ['a\\b', 'a/b'],
  ['a/b', 'a/b'], ['a/b', 'a\\b'], ['\\\\srv\\share\\x', '//srv/share/*'], ['A', 'a'], ['a', '[A-Z]'],
  ['C:/x', 'c:/x'], ['c:\\x\\y\\z.txt', 'c:/**/*.txt'], ['x\\.y\\z', 'x/**/z'], ['a\\b\\', 'a/b'],
  ['a\\.\\b', 'a/b'], ['a\\x\\..\\b', 'a/b'], ['D:', 'd:'], ['a.JS', '*.js'], ['a\\b.js', '*.js'],
  ['a\\b.js', '**\\*.js'], ['a', '!a'], ['{a}', '{a}'],
];
for (const [p, g] of cases) {
  console.log(JSON.stringify(p).padEnd(18), JSON.stringify(g).padEnd(16), path.win32.matchesGlob(p, g),
    path.posix.matchesGlob(p, g));
}
for (const f of [path.matchesGlob, path.win32.matchesGlob]) console.log(typeof f, f.name, f.length);
console.log(path.matchesGlob === path.posix.matchesGlob, path.win32.matchesGlob === path.posix.matchesGlob);
console.log(Object.keys(path).includes('matchesGlob'), Object.keys(path.win32).includes('matchesGlob'));
for (const [p, g] of [['\\\\', '//'], ['\\\\a', '/a'], ['\\\\a\\b', '//a/b'], ['\\\\a\\b', '/a/b'],
  ['\\\\a\\b\\c', '//a/b/*'], ['/\\//.', '/'], ['/\\//.', '*'], ['.\\', '?(.){a,}?(.)\\'], ['\\', '{a,}']]) {
  console.log(JSON.stringify(p).padEnd(14), JSON.stringify(g).padEnd(18), path.win32.matchesGlob(p, g));
}
