// SHAKE with any output length, across the rate boundary.
const crypto = require('crypto');
const { hex, bytes, ascii, attempt } = require('./_util');
for (const alg of ['shake128', 'shake256']) {
  for (const n of [0, 1, 16, 32, 135, 136, 137, 168, 169, 300]) {
    console.log(alg, n, crypto.createHash(alg, { outputLength: n }).update('The quick brown fox').digest('hex'));
  }
}
console.log(crypto.createHash('shake128').update('a'.repeat(500)).digest('hex'));
