const zlib = require('zlib');
const d = zlib.createDeflate();
for (const [level, strategy] of [[10, 0], [-2, 0], [1, 5], [1, -1], ['1', 0], [1, '0'], [NaN, 0], [Infinity, 0], [1, Infinity]]) {
  try {
    d.params(level, strategy, () => console.log('params cb', level, strategy));
    console.log('accepted', level, strategy);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
d.end();
d.resume();
