// zstdCompressSync / zstdDecompressSync round trips over every input type, empty input and info.
const zlib = require('zlib');
const { text } = require('./_util');
const inputs = {
  string: text,
  buffer: Buffer.from(text),
  uint8: new Uint8Array(Buffer.from('typed array bytes')),
  uint16: new Uint16Array([1, 2, 3, 65535]),
  dataview: new DataView(new Uint8Array([100, 118, 0, 1, 2]).buffer, 1, 3),
  arraybuffer: new Uint8Array([97, 98, 0, 255]).buffer,
  empty: '',
  emptyBuffer: Buffer.alloc(0),
};
for (const [name, input] of Object.entries(inputs)) {
  const packed = zlib.zstdCompressSync(input);
  const back = zlib.zstdDecompressSync(packed);
  console.log(name, packed.length, Buffer.isBuffer(packed), back.length, back.toString('hex').slice(0, 40));
}
const big = Buffer.alloc(300000);
for (let i = 0; i < big.length; i++) big[i] = (i * 31 + (i >> 10)) & 0xff;
const packed = zlib.zstdCompressSync(big);
console.log('big', packed.length, zlib.zstdDecompressSync(packed).equals(big));
const info = zlib.zstdCompressSync('hello', { info: true });
console.log(Object.keys(info), info.buffer.toString('hex'), info.engine instanceof zlib.ZstdCompress);
console.log(info.engine._closed, info.engine.destroyed, info.engine.bytesWritten);
const dinfo = zlib.zstdDecompressSync(info.buffer, { info: true });
console.log(dinfo.buffer.toString(), dinfo.engine.bytesWritten);
for (const bad of [5, null, undefined, {}, [1, 2], true]) {
  try { zlib.zstdCompressSync(bad); } catch (e) { console.log(e.name, e.code, e.message); }
  try { zlib.zstdDecompressSync(bad); } catch (e) { console.log(e.name, e.code, e.message); }
}
