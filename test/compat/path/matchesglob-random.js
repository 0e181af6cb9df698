// path.matchesGlob against 3000 pseudo-random patterns and paths built from glob syntax pieces:
// each output line is one bit (posix) and one (win32) per case, so any difference shows its place.
const path = require('path');

let seed = 4242;
const rnd = (n) => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed % n;
};
const patternPieces = ['a', 'b', '.', '/', '*', '**', '?', '[ab]', '[!a]', '{a,b}', '{a,}', '..', '@(a|b)', '!(a)',
  '+(a)', '*(b)', '\\', 'x', '.a', '{1..3}', '[a-c]', '[]', '{', '}', '?(.)', '[[:lower:]]'];
const pathPieces = ['a', 'b', '.', '/', 'x', '..', '.a', 'ab', '1', '2', '\\', 'ba', '//'];
let line = '';
let count = 0;
for (let i = 0; i < 3000; i++) {
  let g = '';
  for (let k = rnd(5) + 1; k > 0; k--) g += patternPieces[rnd(patternPieces.length)];
  let f = '';
  for (let k = rnd(5) + 1; k > 0; k--) f += pathPieces[rnd(pathPieces.length)];
  const p = path.posix.matchesGlob(f, g);
  const w = path.win32.matchesGlob(f, g);
  count += p + w;
  line += `${+p}${+w} `;
  if (i % 25 === 24) {
    console.log(line.trimEnd());
    line = '';
  }
}
console.log('true results:', count);
