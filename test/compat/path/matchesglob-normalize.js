// path.matchesGlob: separators and '.'/'..' segments in both the path and the pattern, absolute
// paths, and backslashes (separators, not escapes) on POSIX too.
const path = require('path');

const cases = [
  ['a/b', 'a\\b'], ['a\\b', 'a\\b'], ['a\\b', 'a/b'], ['a/b/', 'a/b'], ['a/b', 'a/b/'], ['a//b', 'a/b'],
  ['a/b', 'a//b'], ['a/./b', 'a/b'], ['a/b', 'a/./b'], ['a/x/../b', 'a/b'], ['a/b', 'a/x/../b'], ['a/b', 'a/*/../b'],
  ['./a', 'a'], ['a', './a'], ['./a', './a'], ['../a', '../a'], ['../a', '*/a'], ['/a/b', '/a/*'], ['/a/b', 'a/*'],
  ['a/b', '/a/*'], ['//a', '/a'], ['/a', '//a'], ['a/b/.', 'a/b'], ['a/b', 'a/b/.'], ['a\\*', 'a\\*'], ['a/x', 'a\\*'],
  ['a/b/c', 'a/b/c/..'], ['a/b', 'a/b/c/..'], ['a/..', 'a/..'], ['..', '..'], ['.', '.'], ['', '.'],
];
for (const [p, g] of cases) {
  console.log(JSON.stringify(p).padEnd(11), JSON.stringify(g).padEnd(14), path.matchesGlob(p, g));
}

// Trailing '.', UNC-like leading slashes, empty brace alternatives, '..' cancelling everything.
const more = [
  ['a', '{a,}'], ['', '{a,}'], ['/', '{a,}'], ['', '{,}'], ['/', ''], ['/', '/'], ['//', '/'], ['//', '//'],
  ['//', '/.'], ['/', '/.'], ['///a', '/a'], ['//a/b', '/a/b'], ['//a', '*/a'], ['//a', '**/a'], ['a/b/.', 'a/b/.'],
  ['a/b/.', 'a/b/*'], ['a/b/', 'a/b/.'], ['a/.', 'a/'], ['./', './'], ['./', '.'], ['.', './'], ['./.', '.'],
  ['x/..', '?(.)'], ['x/..', 'a'], ['x/..', ''], ['x/..', '.'], ['x/..', 'x/..'], ['a/..', '*'], ['a/b/..', 'a'],
  ['a/b/../', 'a/'], ['x/../y', 'y'], ['a/../../x', '../x'], ['bb.a//..', '?(.){a,}'],
];
for (const [p, g] of more) {
  console.log(JSON.stringify(p).padEnd(11), JSON.stringify(g).padEnd(14), path.posix.matchesGlob(p, g),
    path.win32.matchesGlob(p, g));
}
