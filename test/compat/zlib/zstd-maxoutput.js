// maxOutputLength on zstd: ERR_BUFFER_TOO_LARGE from the sync and callback forms.
const zlib = require('zlib');
const big = Buffer.alloc(50000, 'z');
const packed = zlib.zstdCompressSync(big);
function show(label, fn) {
  try {
    const r = fn();
    console.log(label, 'ok', r.length);
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
show('decompress limit', () => zlib.zstdDecompressSync(packed, { maxOutputLength: 100 }));
show('decompress exact', () => zlib.zstdDecompressSync(packed, { maxOutputLength: 50000 }));
show('decompress one short', () => zlib.zstdDecompressSync(packed, { maxOutputLength: 49999 }));
show('compress limit', () => zlib.zstdCompressSync(big, { maxOutputLength: 5 }));
show('compress enough', () => zlib.zstdCompressSync(big, { maxOutputLength: packed.length }));
zlib.zstdDecompress(packed, { maxOutputLength: 1000 }, (err, res) => {
  console.log('callback', err && err.code, err && err.message, res);
  zlib.zstdDecompress(packed, { maxOutputLength: 50000 }, (err, res) => {
    console.log('callback exact', err, res.length);
    zlib.zstdCompress(big, { maxOutputLength: 3 }, (err) => console.log('callback compress', err.code, err.message));
  });
});
