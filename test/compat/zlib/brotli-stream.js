const zlib = require('zlib');
const { Readable, Writable, pipeline } = require('stream');
const parts = [];
for (let i = 0; i < 300; i++) parts.push(`brotli line ${i}\n`);
const out = [];
pipeline(Readable.from(parts), zlib.createBrotliCompress(), zlib.createBrotliDecompress(),
  new Writable({ write(c, e, cb) { out.push(c); cb(); } }), (err) => {
    console.log(err, Buffer.concat(out).toString() === parts.join(''));
  });
const s = zlib.createBrotliCompress();
console.log(s instanceof zlib.BrotliCompress, zlib.BrotliCompress() instanceof zlib.BrotliCompress,
            typeof s.params, typeof s.flush);
s.destroy();
