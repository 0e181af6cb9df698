// zstd streams: round trip through pipeline, output pieces cut at chunkSize, bytesWritten, backpressure.
const zlib = require('zlib');
const { pipeline, Readable, Writable } = require('stream');
const data = Buffer.alloc(250000);
for (let i = 0; i < data.length; i++) data[i] = (i % 251) ^ ((i >> 9) & 0x55);
function collect(label, done) {
  const parts = [];
  return new Writable({
    write(chunk, enc, cb) { parts.push(chunk); cb(); },
    final(cb) {
      const all = Buffer.concat(parts);
      console.log(label, parts.length, parts.map((p) => p.length).slice(0, 6).join(','), all.length);
      cb();
      done(all);
    },
  });
}
function pieces(buf, size) {
  const out = [];
  for (let i = 0; i < buf.length; i += size) out.push(buf.subarray(i, i + size));
  return out;
}
const c = zlib.createZstdCompress({ chunkSize: 4096 });
pipeline(Readable.from(pieces(data, 30000)), c, collect('compressed', (packed) => {
  console.log('bytesWritten', c.bytesWritten, packed.equals(zlib.zstdCompressSync(data)));
  const d = zlib.createZstdDecompress({ chunkSize: 10000 });
  pipeline(Readable.from(pieces(packed, 777)), d, collect('decompressed', (back) => {
    console.log('round trip', back.equals(data), d.bytesWritten === packed.length);
    defaultChunks(packed);
  }), (err) => { if (err) console.log('pipeline error', err.code); });
}), (err) => { if (err) console.log('pipeline error', err.code); });
function defaultChunks(packed) {
  const d = zlib.createZstdDecompress();
  const sizes = [];
  d.on('data', (chunk) => sizes.push(chunk.length));
  d.on('end', () => {
    console.log('default chunkSize', sizes.length, sizes[0], sizes[sizes.length - 1]);
    objectModeIgnored();
  });
  d.end(packed);
}
function objectModeIgnored() {
  const s = zlib.createZstdCompress({ objectMode: true, encoding: 'utf8' });
  const got = [];
  s.on('data', (chunk) => got.push(Buffer.isBuffer(chunk)));
  s.on('end', () => {
    console.log('buffers even with objectMode', got.every(Boolean));
    asyncIter();
  });
  s.end('text');
}
async function asyncIter() {
  const s = zlib.createZstdDecompress();
  s.end(zlib.zstdCompressSync('iterated '.repeat(5000)));
  let n = 0;
  for await (const chunk of s) n += chunk.length;
  console.log('async iterator', n);
  const e = zlib.createZstdCompress();
  e.setEncoding('hex');
  let hex = '';
  e.on('data', (s) => { hex += s; });
  e.on('end', () => console.log('setEncoding', typeof hex, hex));
  e.end('enc');
}
