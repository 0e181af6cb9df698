const zlib = require('zlib');
const s = zlib.createDeflate();
const out = [];
s.on('data', (c) => out.push(c.toString('hex')));
s.write('first part ');
s.flush(zlib.constants.Z_SYNC_FLUSH, () => {
  console.log('after sync flush', out.join('|'));
  s.write('second part');
  s.flush(() => {
    console.log('after full flush', out.join('|'));
    s.end();
  });
});
s.on('end', () => console.log('end', out.join('|')));
