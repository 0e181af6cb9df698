// A large input in one update and in slices.
const crypto = require('crypto');
const { hex, bytes, ascii, attempt } = require('./_util');
const big = new Uint8Array(5 * 1024 * 1024 + 7);
for (let i = 0; i < big.length; i++) big[i] = i * 31;
console.log(crypto.createHash('sha256').update(big).digest('hex'));
const h = crypto.createHash('sha256');
for (let i = 0; i < big.length; i += 100000) h.update(big.subarray(i, i + 100000));
console.log(h.digest('hex'));
