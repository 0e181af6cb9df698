const zlib = require('zlib');
const out = zlib.gzipSync('check output type');
console.log(Buffer.isBuffer(out), out.constructor.name, out.byteOffset >= 0, out.buffer.byteLength >= out.length);
const back = zlib.gunzipSync(out);
console.log(Buffer.isBuffer(back), back.toString());
zlib.inflate(zlib.deflateSync('async type'), (err, r) => console.log(Buffer.isBuffer(r), r.toString()));
