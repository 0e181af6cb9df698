const zlib = require('zlib');
const s = zlib.createDeflateRaw();
const out = [];
s.on('data', (c) => out.push(c.toString('hex')));
s.write('abc abc abc');
s.flush(zlib.constants.Z_FULL_FLUSH, () => {
  s.write('abc abc abc');
  s.flush(zlib.constants.Z_SYNC_FLUSH, () => {
    s.end();
  });
});
s.on('end', () => {
  console.log(out.join('|'));
  console.log(zlib.inflateRawSync(Buffer.from(out.join(''), 'hex')).toString());
});
