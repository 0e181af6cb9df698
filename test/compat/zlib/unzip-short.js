const zlib = require('zlib');
const { show } = require('./_util');
show('one byte 1f', () => zlib.unzipSync(Buffer.from([0x1f])));
show('two bytes 1f8b', () => zlib.unzipSync(Buffer.from([0x1f, 0x8b])));
show('one byte 78', () => zlib.unzipSync(Buffer.from([0x78])));
show('78 9c', () => zlib.unzipSync(Buffer.from([0x78, 0x9c])));
show('1f 00', () => zlib.unzipSync(Buffer.from([0x1f, 0x00])));
show('gzip header only', () => zlib.gunzipSync(zlib.gzipSync('x').subarray(0, 10)));
