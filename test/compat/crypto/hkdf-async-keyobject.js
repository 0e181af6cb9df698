// hkdf's callback form, and a secret KeyObject as the input key.
const crypto = require('crypto');
const { hex, bytes, ascii, attempt } = require('./_util');
const key = crypto.createSecretKey(ascii('input key'));
console.log(hex(crypto.hkdfSync('sha512', key, 'salt', 'info', 20)));
crypto.hkdf('sha512', 'input key', 'salt', 'info', 20, (err, out) => console.log(err, out instanceof ArrayBuffer, hex(out)));
