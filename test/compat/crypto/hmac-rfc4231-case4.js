// HMAC-SHA-2 with the inputs of RFC 4231's test case.
const crypto = require('crypto');
const { hex, bytes, ascii, attempt } = require('./_util');
const key = bytes('0102030405060708090a0b0c0d0e0f10111213141516171819');
const data = bytes('cdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcd');
for (const alg of ['sha224', 'sha256', 'sha384', 'sha512']) {
  console.log(alg, crypto.createHmac(alg, key).update(data).digest('hex'));
}
