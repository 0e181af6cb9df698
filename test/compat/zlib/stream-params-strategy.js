const zlib = require('zlib');
const s = zlib.createDeflate();
const out = [];
s.on('data', (c) => out.push(c));
s.write('first first first ');
s.params(6, zlib.constants.Z_HUFFMAN_ONLY, () => {
  s.write('second second second ');
  s.params(1, zlib.constants.Z_DEFAULT_STRATEGY, () => s.end('third third third'));
});
s.on('end', () => {
  const all = Buffer.concat(out);
  console.log(all.toString('hex'));
  console.log(zlib.inflateSync(all).toString());
});
