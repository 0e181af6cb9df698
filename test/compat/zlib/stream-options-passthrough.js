const zlib = require('zlib');
const s = zlib.createGzip({ highWaterMark: 1024, readableHighWaterMark: 2048 });
console.log(s.writableHighWaterMark, s.readableHighWaterMark, s.allowHalfOpen, s.readableObjectMode);
const t = zlib.createInflate({ emitClose: false });
t.on('close', () => console.log('close emitted'));
t.on('end', () => console.log('end'));
t.resume();
t.end(zlib.deflateSync('no close'));
