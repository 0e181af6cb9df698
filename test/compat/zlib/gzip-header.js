const zlib = require('zlib');
// zlib's gzip header: magic, method 8, no flags, mtime 0, XFL by level, OS 3.
for (const level of [-1, 0, 1, 2, 5, 6, 8, 9]) {
  const g = zlib.gzipSync('x', { level });
  console.log(level, g.subarray(0, 10).toString('hex'));
}
console.log(zlib.gzipSync('x', { strategy: zlib.constants.Z_HUFFMAN_ONLY }).subarray(0, 10).toString('hex'));
const g = zlib.gzipSync('hello gzip trailer');
console.log('crc', g.readUInt32LE(g.length - 8).toString(16), 'isize', g.readUInt32LE(g.length - 4));
console.log('crc32', zlib.crc32('hello gzip trailer').toString(16));
