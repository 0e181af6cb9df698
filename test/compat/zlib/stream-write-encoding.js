const zlib = require('zlib');
const s = zlib.createGzip();
const out = [];
s.on('data', (c) => out.push(c));
s.on('end', () => console.log(zlib.gunzipSync(Buffer.concat(out)).toString()));
s.write('68656c6c6f20', 'hex');
s.write('d29ybGQ=', 'base64');
s.end(new Uint8Array([33]));
