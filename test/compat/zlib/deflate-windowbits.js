const zlib = require('zlib');
const { show } = require('./_util');
const input = 'abcabcabc hello hello hello';
for (let windowBits = 8; windowBits <= 15; windowBits++) {
  show(`deflate ${windowBits}`, () => zlib.deflateSync(input, { windowBits }));
  show(`raw ${windowBits}`, () => zlib.deflateRawSync(input, { windowBits }));
  if (windowBits > 8) show(`gzip ${windowBits}`, () => zlib.gzipSync(input, { windowBits }));
}
