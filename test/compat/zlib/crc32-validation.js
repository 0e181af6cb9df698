const zlib = require('zlib');
const { show } = require('./_util');
for (const data of [5, null, undefined, {}, [1], new ArrayBuffer(3), true]) {
  show(`data ${Object.prototype.toString.call(data)}`, () => zlib.crc32(data));
}
for (const value of ['1', -1, 1.5, 2 ** 32, NaN, Infinity, null, 1n]) {
  show(`value ${String(value)}`, () => zlib.crc32('x', value));
}
