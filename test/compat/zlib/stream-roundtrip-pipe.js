const zlib = require('zlib');
const { Readable, pipeline, Writable } = require('stream');
const parts = [];
for (let i = 0; i < 200; i++) parts.push(`line ${i}\n`);
const chunks = [];
pipeline(Readable.from(parts), zlib.createGzip(), zlib.createGunzip(),
  new Writable({ write(c, e, cb) { chunks.push(c); cb(); } }),
  (err) => {
    console.log('done', err, Buffer.concat(chunks).toString() === parts.join(''));
  });
