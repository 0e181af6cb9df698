const zlib = require('zlib');
const input = Buffer.from('windowed '.repeat(30));
for (let windowBits = 9; windowBits <= 15; windowBits++) {
  const c = zlib.deflateSync(input, { windowBits });
  console.log(windowBits, zlib.inflateSync(c, { windowBits }).equals(input),
              zlib.inflateSync(c).equals(input), zlib.inflateSync(c, { windowBits: 0 }).equals(input));
  const g = zlib.gzipSync(input, { windowBits });
  console.log(' gzip', zlib.gunzipSync(g, { windowBits }).equals(input));
}
try {
  zlib.inflateSync(zlib.deflateSync(input, { windowBits: 15 }), { windowBits: 9 });
} catch (e) {
  console.log(e.code, e.errno, e.message);
}
