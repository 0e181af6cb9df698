// zstd's members of node:zlib: exports, constants (in zlib.constants and, hidden, on zlib), classes.
const zlib = require('zlib');
const c = zlib.constants;
console.log(Object.keys(zlib).filter((k) => /zstd/i.test(k)).join(' '));
console.log(Object.keys(c).filter((k) => k.startsWith('ZSTD')).map((k) => `${k}=${c[k]}`).join('\n'));
for (const k of Object.keys(c).filter((k) => k.startsWith('ZSTD'))) {
  const d = Object.getOwnPropertyDescriptor(zlib, k);
  if (!d || d.value !== c[k] || d.enumerable || d.writable) console.log('legacy constant differs', k);
}
for (const k of ['zstdCompress', 'zstdCompressSync', 'zstdDecompress', 'zstdDecompressSync',
                 'createZstdCompress', 'createZstdDecompress', 'ZstdCompress', 'ZstdDecompress']) {
  console.log(k, typeof zlib[k], zlib[k].length);
}
const s = new zlib.ZstdCompress();
const d = zlib.createZstdDecompress();
console.log(s instanceof zlib.ZstdCompress, d instanceof zlib.ZstdDecompress, s instanceof require('stream').Transform);
const zstdProto = Object.getPrototypeOf(zlib.ZstdCompress.prototype);
console.log(zstdProto === Object.getPrototypeOf(zlib.ZstdDecompress.prototype), zstdProto.constructor.name);
console.log(Object.getPrototypeOf(zstdProto).constructor.name);
console.log(typeof s.params, typeof s.flush, typeof s.reset, typeof s.close);
console.log(s._defaultFlushFlag, s._finishFlushFlag, s._defaultFullFlushFlag, s._chunkSize, s._closed);
console.log(d._defaultFlushFlag, d._finishFlushFlag, d._defaultFullFlushFlag);
try { zlib.ZstdCompress(); } catch (e) { console.log('call without new:', e.name); }
s.close(() => console.log('closed', s._closed, s.destroyed));
d.destroy();
