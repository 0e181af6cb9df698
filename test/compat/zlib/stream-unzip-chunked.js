const zlib = require('zlib');
for (const packed of [zlib.gzipSync('via gzip'), zlib.deflateSync('via deflate')]) {
  const s = zlib.createUnzip();
  const out = [];
  s.on('data', (c) => out.push(c));
  s.on('end', () => console.log(Buffer.concat(out).toString()));
  s.write(packed.subarray(0, 1));
  s.end(packed.subarray(1));
}
