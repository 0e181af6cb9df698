// Compressed bytes at each level are libzstd's (the same library as Node's): sync, async and stream.
const zlib = require('zlib');
const crypto = require('crypto');
const { ZSTD_c_compressionLevel } = zlib.constants;
const data = Buffer.alloc(150000);
let x = 12345;
for (let i = 0; i < data.length; i++) {
  x = (x * 1103515245 + 12345) & 0x7fffffff;
  data[i] = 97 + ((x >> 16) % 7) + (i % 1000 < 300 ? 0 : (i >> 12) % 3);
}
const sha = (b) => crypto.createHash('sha256').update(b).digest('hex').slice(0, 24);
const short = 'the quick brown fox jumps over the lazy dog, the quick brown fox';
for (const level of [-7, -1, 0, 1, 2, 3, 5, 9, 12, 16, 19, 20, 22, 99]) {
  const opts = { params: { [ZSTD_c_compressionLevel]: level } };
  const a = zlib.zstdCompressSync(short, opts);
  const b = zlib.zstdCompressSync(data, opts);
  console.log(level, a.toString('hex'), b.length, sha(b), zlib.zstdDecompressSync(b).equals(data));
}
// A stream's frame has no content size (data comes with "continue", then an empty "end").
const levels = [1, 3, 19];
(function next(i) {
  if (i === levels.length) return;
  zlib.zstdCompress(data, { params: { [ZSTD_c_compressionLevel]: levels[i] } }, (err, out) => {
    console.log('async', levels[i], out.length, sha(out), out.subarray(0, 6).toString('hex'));
    const s = zlib.createZstdCompress({ params: { [ZSTD_c_compressionLevel]: levels[i] }, chunkSize: 1024 });
    const parts = [];
    s.on('data', (c) => parts.push(c));
    s.on('end', () => {
      const all = Buffer.concat(parts);
      console.log('stream', levels[i], parts.length, all.length, sha(all), all.equals(out));
      next(i + 1);
    });
    for (let at = 0; at < data.length; at += 40000) s.write(data.subarray(at, at + 40000));
    s.end();
  });
})(0);
