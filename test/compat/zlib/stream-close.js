const zlib = require('zlib');
const s = zlib.createGzip();
console.log('_closed before', s._closed);
s.on('close', () => console.log('close event'));
s.close(() => {
  console.log('close callback', s._closed, s.destroyed);
});
console.log('after close call', s._closed, s.destroyed);
const t = zlib.createInflate();
t.close();
t.on('close', () => console.log('t closed', t._closed));
