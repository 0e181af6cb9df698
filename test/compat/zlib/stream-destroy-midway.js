const zlib = require('zlib');
const s = zlib.createDeflate();
s.on('error', (e) => console.log('error', e.message));
s.on('close', () => console.log('close', s.destroyed, s._closed));
s.write('some data');
s.destroy(new Error('stop'));
s.write('more', (err) => console.log('write cb', err && err.code));
