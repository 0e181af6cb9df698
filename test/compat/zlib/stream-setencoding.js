const zlib = require('zlib');
const s = zlib.createDeflate();
s.setEncoding('hex');
let out = '';
s.on('data', (c) => { out += c; console.log(typeof c); });
s.on('end', () => console.log(out));
s.end('encoded output');
