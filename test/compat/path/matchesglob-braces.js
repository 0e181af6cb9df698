// path.matchesGlob: brace expansion (lists, nesting, numeric and letter sequences, literal braces).
const path = require('path');

const cases = [
  ['a.c', 'a{.c,.d}'], ['a.d', 'a{.c,.d}'], ['a.e', 'a{.c,.d}'], ['a', 'a{,.d}'], ['a3', 'a{1..5}'],
  ['a7', 'a{1..5}'], ['a-1', 'a{-2..2}'], ['a0', 'a{2..-2}'], ['ab', 'a{b}'], ['a{b}', 'a{b}'], ['a{}', 'a{}'],
  ['ac', 'a{a..c}'], ['ad', 'a{a..c}'], ['ay', 'a{z..x}'], ['a04', 'a{01..10..2}'], ['a05', 'a{01..10..2}'],
  ['a5', 'a{01..10..2}'], ['a.b', '*.{b,c}'], ['a.c/d', '*.{b,c}/d'], ['x/y', '{x,z}/{y,w}'], ['z/w', '{x,z}/{y,w}'],
  ['abd', 'a{b,c{d,e}}d'], ['acdd', 'a{b,c{d,e}}d'], ['aced', 'a{b,c{d,e}}d'], ['a{b', 'a{b'], ['a}', 'a}'],
  ['a,b', 'a,b'], ['a/b', '{a,c}/**'], ['b.js', '{**/,}*.js'], ['x/b.js', '{**/,}*.js'], ['a{b}c', 'a{b}c'],
  ['abc', 'a{{b}}c'], ['a{b}c', 'a{{b}}c'], ['a1b', 'a{1..2}{b,c}'], ['a2c', 'a{1..2}{b,c}'],
];
for (const [p, g] of cases) {
  console.log(JSON.stringify(p).padEnd(10), JSON.stringify(g).padEnd(18), path.matchesGlob(p, g));
}
