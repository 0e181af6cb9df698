// HMAC-SHA-2 with the inputs of RFC 4231's test case.
const crypto = require('crypto');
const { hex, bytes, ascii, attempt } = require('./_util');
const key = bytes('0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b');
const data = bytes('4869205468657265');
for (const alg of ['sha224', 'sha256', 'sha384', 'sha512']) {
  console.log(alg, crypto.createHmac(alg, key).update(data).digest('hex'));
}
