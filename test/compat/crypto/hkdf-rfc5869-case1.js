// HKDF with the inputs of an RFC 5869 test case.
const crypto = require('crypto');
const { hex, bytes, ascii, attempt } = require('./_util');
const out = crypto.hkdfSync('sha256', bytes('0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b'), bytes('000102030405060708090a0b0c'), bytes('f0f1f2f3f4f5f6f7f8f9'), 42);
console.log(out instanceof ArrayBuffer, out.byteLength, hex(out));
