const zlib = require('zlib');
const s = zlib.createDeflate();
s.resume();
s.end('bye');
s.flush(() => console.log('flush after end called back'));
s.on('finish', () => {
  s.flush(() => console.log('flush after finish called back'));
});
s.on('end', () => console.log('end'));
