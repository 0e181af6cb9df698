// path.matchesGlob: '*', '?', character classes (ranges, negation, POSIX classes) within one segment.
const path = require('path');

const cases = [
  ['a.js', '*.js'], ['a/b.js', '*.js'], ['.a.js', '*.js'], ['.a.js', '.*.js'], ['abc', 'a?c'], ['ac', 'a?c'],
  ['a/c', 'a?c'], ['abc', 'a[bx]c'], ['abc', 'a[!b]c'], ['axc', 'a[!b]c'], ['axc', 'a[^b]c'], ['a-c', 'a[a-z]c'],
  ['a5c', 'a[[:digit:]]c'], ['aXc', 'a[[:upper:]]c'], ['axc', 'a[[:upper:]]c'], ['x.txt', '[[:alpha:]].txt'],
  ['é', '[[:alpha:]]'], ['a b', 'a[[:space:]]b'], ['a', '[[:foo:]]'], ['a', '[z-a]'], ['b', '[a-c-e]'],
  ['d', '[a-c-e]'], ['-', '[a-c-e]'], ['-', '[a-]'], ['a]', '[]]'], ['a', '[]a]'], ['a[b', 'a[b'], ['ab]', 'ab]'],
  ['ä', '?'], ['😀', '?'], ['', ''], ['a', ''], ['', '*'], ['a', '***'], ['abc', 'a**c'], ['a', 'a*'],
  ['a', 'a?'], ['abc', '*c'], ['.c', '*c'], ['.c', '?c'], ['.c', '[.]c'], ['a/.c', 'a/[.]c'], ['A.JS', '*.js'],
  ['a.js', '*.JS'], ['a$b', 'a$b'], ['a^b', 'a^b'], ['a(b', 'a(b'], ['a|b', 'a|b'], ['a+b', 'a+b'], ['(a)', '(a)'],
  ['!a', '!a'], ['a', '!a'], ['#a', '#a'], ['.', '*'], ['..', '*'], ['..', '.*'], ['.', '.*'], ['a.', 'a.'],
];
for (const [p, g] of cases) {
  console.log(JSON.stringify(p).padEnd(10), JSON.stringify(g).padEnd(18), path.matchesGlob(p, g));
}
