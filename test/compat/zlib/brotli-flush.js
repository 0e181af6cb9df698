const zlib = require('zlib');
const c = zlib.createBrotliCompress();
const d = zlib.createBrotliDecompress();
c.pipe(d);
d.on('data', (chunk) => console.log('got', chunk.toString()));
c.write('flushed brotli');
c.flush(() => {
  setTimeout(() => {
    c.end(' and the end');
  }, 10);
});
d.on('end', () => console.log('end'));
