const zlib = require('zlib');
console.log(Object.keys(zlib).filter((k) => !/zstd/i.test(k)).join(' '));
console.log(require('node:zlib') === zlib);
for (const k of ['deflate', 'deflateSync', 'createGzip', 'crc32']) console.log(k, typeof zlib[k], zlib[k].length);
