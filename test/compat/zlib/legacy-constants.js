const zlib = require('zlib');
const names = Object.getOwnPropertyNames(zlib).filter((k) => /^Z_|^[A-Z]+$|^ZLIB/.test(k));
console.log(names.join(' '));
for (const n of ['Z_OK', 'Z_FINISH', 'Z_BEST_COMPRESSION', 'DEFLATE', 'UNZIP', 'Z_DEFAULT_CHUNK', 'Z_MAX_CHUNK']) {
  const d = Object.getOwnPropertyDescriptor(zlib, n);
  console.log(n, d.value, d.writable, d.enumerable, d.configurable);
}
console.log('BROTLI_ENCODE' in zlib, zlib.Z_OK === zlib.constants.Z_OK);
