// path.matchesGlob validates both arguments as strings, path first.
const path = require('path');

const inputs = [[1, 'a'], ['a', null], [undefined, undefined], [{}, 'a'], ['a', ['a']], [Symbol('s'), 'a'],
  ['a', 1n], [Buffer.from('a'), 'a'], ['a', new String('a')], [() => {}, 'a']];
for (const flavour of [path.posix, path.win32]) {
  for (const [p, g] of inputs) {
    try {
      flavour.matchesGlob(p, g);
      console.log('no error');
    } catch (e) {
      console.log(e.code, e.name, e.message);
    }
  }
}
try {
  path.matchesGlob();
} catch (e) {
  console.log(e.code, e.message);
}
try {
  path.matchesGlob('a');
} catch (e) {
  console.log(e.code, e.message);
}
// A POSIX class next to an escaped ',' makes an invalid Unicode expression: a SyntaxError.
try {
  console.log(path.matchesGlob('a,b', '[[:lower:]],b'));
} catch (e) {
  console.log(e.name);
}
console.log(path.matchesGlob('a,b', '[a-z],b'));
