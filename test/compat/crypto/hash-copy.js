// copy() forks the running state.
const crypto = require('crypto');
const { hex, bytes, ascii, attempt } = require('./_util');
const h = crypto.createHash('sha256').update('abc');
const c = h.copy();
h.update('def');
console.log(c.digest('hex'));
console.log(h.digest('hex'));
attempt('copy after digest', () => h.copy());
const x = crypto.createHash('shake256').update('abc');
console.log(x.copy({ outputLength: 8 }).digest('hex'), x.digest('hex').length);
