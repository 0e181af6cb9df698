// path.matchesGlob: '**' across segments, and how it treats dot directories and trailing slashes.
const path = require('path');

const cases = [
  ['a/b.js', '**/*.js'], ['b.js', '**/*.js'], ['a/.b/c.js', '**/*.js'], ['a/.b/c.js', 'a/.b/*.js'],
  ['a/.b/c.js', '**/.b/*.js'], ['x', '**'], ['x/y/z', '**'], ['.x', '**'], ['x/.y', '**'], ['a/../b', '**'],
  ['a/b/c/d', 'a/**/d'], ['a/d', 'a/**/d'], ['a/.x/d', 'a/**/d'], ['a/b', 'a/**'], ['a', 'a/**'], ['a/', 'a/**'],
  ['a/b', 'a/b/**'], ['a/b/.c', 'a/b/**'], ['a/b/c', '*/*'], ['a/b/c', '*/*/*'], ['a/b/c', '**/**/c'],
  ['c', '**/**/c'], ['a/b/c', 'a/**/**/c'], ['a/b/c', '**/b/**'], ['/a/b', '/**'], ['/a/b', '**'],
  ['a/b/c.d/e', '**/*.d/**'], ['a/b', '**/'], ['a/b/', '**/'], ['./a/b', '**/b'],
];
for (const [p, g] of cases) {
  console.log(JSON.stringify(p).padEnd(12), JSON.stringify(g).padEnd(14), path.posix.matchesGlob(p, g));
}
