// Bad compressed input: libzstd's error name as code, its number as errno, its text as message.
const zlib = require('zlib');
const C = zlib.constants;
const good = zlib.zstdCompressSync('hello hello hello hello, zstd '.repeat(20), { params: { [C.ZSTD_c_checksumFlag]: 1 } });
function show(label, input, opts) {
  try {
    const out = zlib.zstdDecompressSync(input, opts);
    console.log(label, 'ok', out.length, out.subarray(0, 10).toString());
  } catch (e) {
    console.log(label, e.name, e.code, e.errno, e.message, Object.keys(e).join(','));
  }
}
show('not zstd', Buffer.from('definitely not a zstd frame'));
show('empty', Buffer.alloc(0));
show('magic only', good.subarray(0, 4));
show('header only', good.subarray(0, 6));
show('truncated', good.subarray(0, good.length - 10));
show('missing checksum', good.subarray(0, good.length - 4));
const badSum = Buffer.from(good);
badSum[badSum.length - 1] ^= 0xff;
show('bad checksum', badSum);
const badBlock = Buffer.from(good);
badBlock[7] = 0xff;
badBlock[8] = 0xff;
show('bad block', badBlock);
const reserved = Buffer.from(good);
reserved[4] |= 0x08;
show('reserved bit', reserved);
show('trailing junk', Buffer.concat([good, Buffer.from('junk after the frame')]));
show('two frames (only the first)', Buffer.concat([zlib.zstdCompressSync('one'), zlib.zstdCompressSync('two')]));
show('skippable frame', Buffer.concat([Buffer.from('505a2a1803000000616263', 'hex'), zlib.zstdCompressSync('after')]));
// The same through the callback API and a stream, one after another.
zlib.zstdDecompress(Buffer.from('garbage input'), (err) => {
  console.log('callback', err.code, err.errno, err.message);
  zlib.zstdDecompress(good.subarray(0, 20), (err) => {
    console.log('callback truncated', err.code, err.errno, err.message);
    const d = zlib.createZstdDecompress();
    const seen = [];
    d.on('data', (c) => seen.push(c.length));
    d.on('error', (e) => {
      console.log('stream', e.code, e.errno, e.message, seen, d.destroyed);
      streamTrailing();
    });
    d.write(good);
    d.end(Buffer.from('more bytes that are no frame'));
  });
});
function streamTrailing() {
  const d = zlib.createZstdDecompress();
  const seen = [];
  d.on('data', (c) => seen.push(c.toString()));
  d.on('error', (e) => console.log('unexpected', e.code));
  d.on('end', () => console.log('stream, junk in the same write: ends', seen.join('').length));
  d.end(Buffer.concat([good, Buffer.from('junk')]));
}
