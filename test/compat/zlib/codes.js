const zlib = require('zlib');
console.log(zlib.codes);
console.log(Object.isFrozen(zlib.codes));
const d = Object.getOwnPropertyDescriptor(zlib, 'codes');
console.log(d.writable, d.enumerable, d.configurable);
