const zlib = require('zlib');
const { show } = require('./_util');
for (const value of [undefined, NaN, -2, -1, 0, 1, 5, 8, 9, 10, 15, 16, 64, 1.5, Infinity, -Infinity, '1', null, true, {}, 2 ** 53]) {
  show(`deflate ${String(value)}`, () => zlib.deflateSync('x', { maxOutputLength: value }).length);
}
for (const value of [0, 8, 9, 16, 'x']) {
  show(`inflate ${value}`, () => zlib.inflateSync(zlib.deflateSync('x'), { maxOutputLength: value }).length);
  show(`gzip ${value}`, () => zlib.gzipSync('x', { maxOutputLength: value }).length);
  show(`createGunzip ${value}`, () => zlib.createGunzip({ maxOutputLength: value }).constructor.name);
}
