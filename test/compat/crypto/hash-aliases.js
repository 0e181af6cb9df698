// OpenSSL's other names for the same digests.
const crypto = require('crypto');
const { hex, bytes, ascii, attempt } = require('./_util');
for (const name of ['SHA256', 'sha-256', 'RSA-SHA256', 'sha256WithRSAEncryption', 'SHA1', 'RSA-SHA1', 'ssl3-md5',
  'RSA-MD5', 'sha512-256', 'RSA-SHA512/256', 'RSA-SHA3-256', 'id-rsassa-pkcs1-v1_5-with-sha3-256']) {
  console.log(name, crypto.createHash(name).update('x').digest('hex'));
}
