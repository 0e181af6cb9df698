const zlib = require('zlib');
const c = zlib.constants;
console.log(Object.keys(c).filter((k) => !k.startsWith('ZSTD')).map((k) => `${k}=${c[k]}`).join('\n'));
const d = Object.getOwnPropertyDescriptor(zlib, 'constants');
console.log(d.writable, d.enumerable, d.configurable, Object.isFrozen(c));
