// zlib: gzip 100 MB of text-like data with gzipSync, then gunzipSync it back, after one 8 MB warm-up
// round; prints "bench-ms" for the 100 MB pair and the two halves ("gzip-ms", "gunzip-ms").
'use strict';
const zlib = require('zlib');
const size = 100 * 1024 * 1024;
const words = ['zlib', 'deflate', 'stream', 'buffer', 'node', 'java', 'loop', 'window', 'huffman', 'crc'];
const line = [];
let x = 1;
for (let i = 0; i < 4096; i++) { x = (x * 1103515245 + 12345) >>> 0; line.push(words[(x >>> 16) % words.length]); }
const block = Buffer.from(line.join(' ') + '\n');
const input = Buffer.alloc(size);
for (let at = 0; at < size; at += block.length) block.copy(input, at);
function round(data) {
  const t0 = Date.now();
  const packed = zlib.gzipSync(data);
  const t1 = Date.now();
  const back = zlib.gunzipSync(packed);
  const t2 = Date.now();
  if (back.length !== data.length) throw new Error('round trip lost data');
  return [packed.length, t1 - t0, t2 - t1];
}
round(input.subarray(0, 8 * 1024 * 1024));
const [packedLength, gzipMs, gunzipMs] = round(input);
console.log(packedLength > 0);
console.log(`gzip-ms: ${gzipMs}`);
console.log(`gunzip-ms: ${gunzipMs}`);
console.log(`bench-ms: ${gzipMs + gunzipMs}`);
