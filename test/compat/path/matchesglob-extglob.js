// path.matchesGlob: extended globs @() *() +() ?() !(), including how they treat dot names.
const path = require('path');

const cases = [
  ['foo.js', '@(foo|bar).js'], ['baz.js', '@(foo|bar).js'], ['baz.js', '!(foo|bar).js'], ['foo.js', '!(foo|bar).js'],
  ['foofoo.js', '+(foo).js'], ['.js', '+(foo).js'], ['.js', '*(foo).js'], ['foo.js', '?(foo).js'], ['foofoo.js', '?(foo).js'],
  ['.js', '?(foo).js'], ['.js', '@(foo|).js'], ['.a', '*(a|.a)'], ['.a', '*(a)'], ['.b', '!(a)'], ['.b', '!(a).b'],
  ['x/.js', 'x/*(foo).js'], ['.foo.js', '*(foo).js'], ['.foo.js', '*(.foo).js'], ['.', '*(foo)'], ['..', '*(.)'],
  ['.js', '**/*(foo).js'], ['a.js', '*(foo).js'], ['.x', '?(a)*'], ['.x', '*(a)?x'], ['ab', '*(a)b'], ['.b', '*(a)b'],
  ['.b', '*(a)*'], ['a', '**(b)[ab]'], ['x1aa', '***(b)'], ['a', '@(a'], ['ab', 'a@(b'], ['a.js', '*.+(js|ts)'],
  ['a.ts', '*.+(js|ts)'], ['a.jsts', '*.+(js|ts)'], ['a.md', '*.!(js|ts)'], ['a.js', '*.!(js|ts)'],
  ['abc', '@(a|ab)@(bc|c)'], ['a1', 'a@([[:digit:]])'], ['a/b', '@(a/b)'], ['ab', '@(a|b)+(b)'],
];
for (const [p, g] of cases) {
  console.log(JSON.stringify(p).padEnd(11), JSON.stringify(g).padEnd(18), path.matchesGlob(p, g));
}
