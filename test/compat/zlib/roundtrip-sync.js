const zlib = require('zlib');
const input = Buffer.from('round trip '.repeat(500) + 'end');
const pairs = [['deflateSync', 'inflateSync'], ['gzipSync', 'gunzipSync'], ['deflateRawSync', 'inflateRawSync'],
               ['deflateSync', 'unzipSync'], ['gzipSync', 'unzipSync']];
for (const [c, d] of pairs) {
  const packed = zlib[c](input);
  const out = zlib[d](packed);
  console.log(c, d, packed.length < input.length, out.equals(input));
}
