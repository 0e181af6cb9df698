const zlib = require('zlib');
const s = zlib.createDeflate();
const out = [];
s.on('data', (c) => out.push(c));
s.write('discarded state ');
s.flush(() => {
  s.reset();
  s.end('after reset');
});
s.on('end', () => {
  const all = Buffer.concat(out);
  console.log(all.toString('hex'));
});
const g = zlib.createGunzip();
g.reset();
console.log(typeof g.reset, typeof zlib.Deflate.prototype.reset);
