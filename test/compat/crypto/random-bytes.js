// randomBytes: sizes, callback form, errors.
const crypto = require('crypto');
const { hex, bytes, ascii, attempt } = require('./_util');
for (const n of [0, 1, 16, 1000]) console.log(n, crypto.randomBytes(n).length);
const a = crypto.randomBytes(32), b = crypto.randomBytes(32);
console.log('differ:', hex(a) !== hex(b));
crypto.randomBytes(8, (err, buf) => console.log('callback', err, buf.length));
attempt('negative', () => crypto.randomBytes(-1));
attempt('string', () => crypto.randomBytes('1'));
attempt('too big', () => crypto.randomBytes(2 ** 31));
attempt('bad callback', () => crypto.randomBytes(1, 5));
console.log(crypto.pseudoRandomBytes === crypto.randomBytes, typeof crypto.rng, typeof crypto.prng);
