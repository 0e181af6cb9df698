const zlib = require('zlib');
const packed = zlib.deflateSync(Buffer.alloc(5000, 'abc'));
const sizes = [];
const s = zlib.createInflate({ chunkSize: 1000 });
s.on('data', (c) => sizes.push(c.length));
s.on('end', () => console.log(sizes.join(','), s.bytesWritten));
s.write(packed.subarray(0, 10));
s.write(packed.subarray(10));
s.end();
