const zlib = require('zlib');
// Every byte value, and a longer pseudo-random (but fixed) sequence.
const all = Buffer.alloc(256 * 40);
for (let i = 0; i < all.length; i++) all[i] = i & 255;
let x = 12345;
const noise = Buffer.alloc(200000);
for (let i = 0; i < noise.length; i++) { x = (x * 1103515245 + 12345) >>> 0; noise[i] = x >>> 24; }
for (const input of [all, noise]) {
  for (const level of [0, 1, 6, 9]) {
    const g = zlib.gzipSync(input, { level });
    console.log(input.length, level, zlib.gunzipSync(g).equals(input), zlib.crc32(input));
  }
}
