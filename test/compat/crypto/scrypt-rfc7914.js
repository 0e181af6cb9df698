// scrypt with RFC 7914's parameters.
const crypto = require('crypto');
const { hex, bytes, ascii, attempt } = require('./_util');
console.log(hex(crypto.scryptSync('', '', 64, { N: 16, r: 1, p: 1 })));
console.log(hex(crypto.scryptSync('password', 'NaCl', 64, { N: 1024, r: 8, p: 16 })));
console.log(hex(crypto.scryptSync('pleaseletmein', 'SodiumChloride', 64, { N: 16384, r: 8, p: 1 })));
