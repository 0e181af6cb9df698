const zlib = require('zlib');
const inputs = [zlib.gzipSync('via gzip'), zlib.deflateSync('via deflate')];
function next() {
  const packed = inputs.shift();
  if (!packed) return;
  const s = zlib.createUnzip();
  const out = [];
  s.on('data', (c) => out.push(c));
  s.on('end', () => { console.log(Buffer.concat(out).toString()); next(); });
  s.write(packed.subarray(0, 1));
  s.end(packed.subarray(1));
}
next();
