const zlib = require('zlib');
// Flushed output can be decompressed before the stream ends.
const d = zlib.createGzip();
const i = zlib.createGunzip();
d.pipe(i);
i.on('data', (c) => console.log('got', JSON.stringify(c.toString())));
d.write('message one');
d.flush(() => {
  setTimeout(() => {
    d.write('message two');
    d.flush(() => setTimeout(() => d.end(), 10));
  }, 10);
});
i.on('end', () => console.log('end'));
