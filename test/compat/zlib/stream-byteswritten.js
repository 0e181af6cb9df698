// bytesWritten counts the input bytes a zlib stream has consumed, as each write completes; the inflate
// half starts after the deflate ended (two streams on the pool at once finish in either order).
const zlib = require('zlib');
const s = zlib.createDeflate();
console.log('start', s.bytesWritten);
s.resume();
s.write(Buffer.alloc(100), () => console.log('after 100', s.bytesWritten));
s.write('abc', () => console.log('after 103', s.bytesWritten));
s.end(Buffer.alloc(1000), () => {
  console.log('end', s.bytesWritten);
  const i = zlib.createInflate();
  i.resume();
  i.end(Buffer.concat([zlib.deflateSync('xyz'), Buffer.from('trailing')]));
  i.on('end', () => console.log('inflate bytesWritten', i.bytesWritten));
});
