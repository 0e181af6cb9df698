const zlib = require('zlib');
const s = zlib.createDeflate({ level: 3 });
s.params(3, 0, () => console.log('same params: callback'));
console.log('sync');
s.resume();
s.end('x', () => console.log('ended'));
