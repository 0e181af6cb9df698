// HKDF with the inputs of an RFC 5869 test case.
const crypto = require('crypto');
const { hex, bytes, ascii, attempt } = require('./_util');
const out = crypto.hkdfSync('sha256', bytes('0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b'), bytes(''), bytes(''), 42);
console.log(out instanceof ArrayBuffer, out.byteLength, hex(out));
