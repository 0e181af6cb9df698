const zlib = require('zlib');
const { show, text } = require('./_util');
for (let level = -1; level <= 9; level++) {
  show(`level ${level}`, () => zlib.gzipSync(text, { level }));
}
