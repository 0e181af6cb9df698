const zlib = require('zlib');
const { show, text } = require('./_util');
const c = zlib.constants;
for (const s of [c.Z_DEFAULT_STRATEGY, c.Z_FILTERED, c.Z_HUFFMAN_ONLY]) {
  show(`deflate strategy ${s}`, () => zlib.deflateSync(text, { strategy: s }));
  show(`gzip strategy ${s}`, () => zlib.gzipSync('strategies', { strategy: s }));
}
for (const s of [0, 1, 2, 3, 4]) {
  console.log('roundtrip', s, zlib.inflateSync(zlib.deflateSync(text, { strategy: s })).toString() === text);
}
