// HMAC-SHA-2 with the inputs of RFC 4231's test case.
const crypto = require('crypto');
const { hex, bytes, ascii, attempt } = require('./_util');
const key = bytes('4a656665');
const data = bytes('7768617420646f2079612077616e7420666f72206e6f7468696e673f');
for (const alg of ['sha224', 'sha256', 'sha384', 'sha512']) {
  console.log(alg, crypto.createHmac(alg, key).update(data).digest('hex'));
}
