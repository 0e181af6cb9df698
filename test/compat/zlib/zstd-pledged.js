// pledgedSrcSize: written into the frame, checked against the data, validated with Node's words.
const zlib = require('zlib');
const { show } = require('./_util');
const data = 'abcd'.repeat(100);
show('exact', () => zlib.zstdCompressSync(data, { pledgedSrcSize: 400 }));
show('too big', () => zlib.zstdCompressSync(data, { pledgedSrcSize: 401 }));
show('too small', () => zlib.zstdCompressSync(data, { pledgedSrcSize: 399 }));
show('zero, empty', () => zlib.zstdCompressSync('', { pledgedSrcSize: 0 }));
show('zero, data', () => zlib.zstdCompressSync('x', { pledgedSrcSize: 0 }));
show('undefined', () => zlib.zstdCompressSync('x', { pledgedSrcSize: undefined }));
show('max safe', () => zlib.zstdCompressSync('x', { pledgedSrcSize: Number.MAX_SAFE_INTEGER }));
for (const bad of ['400', null, true, 400n, {}, NaN, -1, -0.5, 1.5, Infinity, -Infinity, 2 ** 53]) {
  try {
    zlib.zstdCompressSync(data, { pledgedSrcSize: bad });
    console.log(typeof bad, 'accepted');
  } catch (e) {
    console.log(typeof bad, String(bad), e.name, e.code, e.message, Object.keys(e).join(','));
  }
}
// Ignored when decompressing.
show('decompress ignores it', () => zlib.zstdDecompressSync(zlib.zstdCompressSync('hey'), { pledgedSrcSize: 1 }));
// A stream: written in pieces, the pledge is what puts the size in the header; wrong sizes fail at the end.
function stream(label, pledgedSrcSize, pieces, next) {
  const s = zlib.createZstdCompress({ pledgedSrcSize });
  const out = [];
  s.on('data', (c) => out.push(c));
  s.on('error', (e) => { console.log(label, 'error', e.code, e.errno, e.message); next(); });
  s.on('end', () => {
    const all = Buffer.concat(out);
    console.log(label, all.toString('hex'), zlib.zstdDecompressSync(all).length);
    next();
  });
  pieces.forEach((p) => s.write(p));
  s.end();
}
stream('stream exact', 400, ['abcd'.repeat(50), 'abcd'.repeat(50)], () =>
  stream('stream short', 500, ['abcd'.repeat(50), 'abcd'.repeat(50)], () =>
    stream('stream long', 100, ['abcd'.repeat(50)], () =>
      stream('stream none', undefined, ['abcd'.repeat(50)], () => {}))));
