const zlib = require('zlib');
const input = Buffer.from('same bytes either way '.repeat(400));
const fns = ['deflate', 'gzip', 'deflateRaw', 'brotliCompress'];
let i = 0;
function next() {
  if (i === fns.length) return;
  const fn = fns[i++];
  zlib[fn](input, { chunkSize: 128 }, (err, out) => {
    console.log(fn, err, out.equals(zlib[fn + 'Sync'](input)), out.length);
    next();
  });
}
next();
