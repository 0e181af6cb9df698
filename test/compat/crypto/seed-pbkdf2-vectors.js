// PBKDF2-HMAC known answers (RFC 6070 for SHA-1; the same inputs for the SHA-2 family).
const crypto = require('crypto');
const { hex } = require('./_util');

const cases = [
  ['password', 'salt', 1, 20, 'sha1'],
  ['password', 'salt', 2, 20, 'sha1'],
  ['password', 'salt', 4096, 20, 'sha1'],
  ['passwordPASSWORDpassword', 'saltSALTsaltSALTsaltSALTsaltSALTsalt', 4096, 25, 'sha1'],
  ['pass\0word', 'sa\0lt', 4096, 16, 'sha1'],
  ['password', 'salt', 1, 32, 'sha256'],
  ['password', 'salt', 4096, 32, 'sha256'],
  ['password', 'salt', 1, 64, 'sha512'],
  ['password', 'salt', 1000, 48, 'sha384'],
  ['password', 'salt', 1000, 28, 'sha224'],
  ['password', 'salt', 100, 16, 'md5'],
  ['password', 'salt', 100, 32, 'sha3-256'],
  ['password', 'salt', 10, 100, 'sha512-256'],
];
for (const c of cases) {
  console.log(c[4], c[2], hex(crypto.pbkdf2Sync(...c)));
}
