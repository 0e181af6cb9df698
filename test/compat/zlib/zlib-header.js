const zlib = require('zlib');
// The zlib header: CMF from the window size, FLEVEL from the level, FDICT with a dictionary.
for (const level of [-1, 0, 1, 2, 5, 6, 7, 9]) {
  console.log(level, zlib.deflateSync('x', { level }).subarray(0, 2).toString('hex'));
}
for (const windowBits of [8, 9, 10, 12, 14, 15]) {
  console.log('wb', windowBits, zlib.deflateSync('x', { windowBits }).subarray(0, 2).toString('hex'));
}
const d = zlib.deflateSync('dict', { dictionary: Buffer.from('dictionary') });
console.log('dict', d.subarray(0, 6).toString('hex'));
console.log('adler', d.readUInt32BE(d.length - 4).toString(16));
