const zlib = require('zlib');
const s = zlib.createInflate({ chunkSize: 1024 });
const packed = zlib.deflateSync(Buffer.alloc(200000, 'q'));
let total = 0;
let pauses = 0;
s.on('data', (c) => {
  total += c.length;
  if (total % 50000 < 1024) {
    pauses++;
    s.pause();
    setTimeout(() => s.resume(), 1);
  }
});
s.on('end', () => console.log('total', total, pauses > 0));
console.log('write returned', s.write(packed));
s.end();
