// scrypt's option aliases and defaults.
const crypto = require('crypto');
const { hex, bytes, ascii, attempt } = require('./_util');
const base = hex(crypto.scryptSync('pw', 'salt', 32));
console.log(base);
console.log(hex(crypto.scryptSync('pw', 'salt', 32, { N: 16384, r: 8, p: 1 })) === base);
console.log(hex(crypto.scryptSync('pw', 'salt', 32, { cost: 16384, blockSize: 8, parallelization: 1 })) === base);
console.log(hex(crypto.scryptSync('pw', 'salt', 16, { N: 256, r: 4, p: 2 })));
console.log(hex(crypto.scryptSync('pw', 'salt', 16, { N: 1024, maxmem: 2 * 1024 * 1024 })));
