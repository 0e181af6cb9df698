const zlib = require('zlib');
// A gzip stream written one byte at a time (header, body and trailer split everywhere).
const packed = Buffer.concat([zlib.gzipSync('byte by byte'), zlib.gzipSync(' and a second member')]);
const s = zlib.createGunzip();
const out = [];
s.on('data', (c) => out.push(c));
s.on('end', () => console.log(Buffer.concat(out).toString()));
for (const b of packed) s.write(Buffer.from([b]));
s.end();
