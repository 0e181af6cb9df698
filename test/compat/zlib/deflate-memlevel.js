const zlib = require('zlib');
const { show } = require('./_util');
for (let memLevel = 1; memLevel <= 9; memLevel++) {
  show(`memLevel ${memLevel}`, () => zlib.deflateSync('memory level test, memory level test', { memLevel }));
}
