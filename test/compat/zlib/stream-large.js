const zlib = require('zlib');
const input = Buffer.alloc(1 << 20);
let x = 99;
for (let i = 0; i < input.length; i++) { x = (x * 1103515245 + 12345) >>> 0; input[i] = (x >>> 16) & 0x3f; }
const g = zlib.createGzip();
const u = zlib.createGunzip();
let total = 0;
let crc = 0;
g.pipe(u);
u.on('data', (c) => { total += c.length; crc = zlib.crc32(c, crc); });
u.on('end', () => console.log(total, crc === zlib.crc32(input), g.bytesWritten, u.bytesWritten > 0));
for (let i = 0; i < input.length; i += 100000) g.write(input.subarray(i, i + 100000));
g.end();
