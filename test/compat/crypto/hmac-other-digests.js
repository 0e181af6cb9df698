// HMAC over SHA-3, SHA-512/t and RIPEMD-less digests; key given in several forms.
const crypto = require('crypto');
const { hex, bytes, ascii, attempt } = require('./_util');
for (const alg of ['sha3-224', 'sha3-256', 'sha3-384', 'sha3-512', 'sha512-224', 'sha512-256', 'md5', 'sha1']) {
  console.log(alg, crypto.createHmac(alg, 'secret').update('message').digest('hex'));
}
console.log(crypto.createHmac('sha256', ascii('secret')).update('message').digest('base64'));
console.log(crypto.createHmac('sha256', ascii('secret').buffer).update('message').digest('base64'));
console.log(crypto.createHmac('sha256', crypto.createSecretKey(ascii('secret'))).update('message').digest('base64'));
console.log(crypto.createHmac('sha256', '').update('').digest('hex'));
