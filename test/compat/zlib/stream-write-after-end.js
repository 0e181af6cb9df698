const zlib = require('zlib');
const s = zlib.createGzip();
s.resume();
s.on('error', (e) => console.log('error', e.code, e.message));
s.end('done');
s.write('late', (err) => console.log('cb', err && err.code));
