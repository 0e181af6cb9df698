// Any ArrayBuffer view is hashed by its own bytes only.
const crypto = require('crypto');
const { hex, bytes, ascii, attempt } = require('./_util');
const buf = new ArrayBuffer(16);
new Uint8Array(buf).set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]);
console.log(crypto.createHash('sha256').update(new Uint8Array(buf, 4, 8)).digest('hex'));
console.log(crypto.createHash('sha256').update(new DataView(buf, 4, 8)).digest('hex'));
console.log(crypto.createHash('sha256').update(new Uint32Array(buf, 4, 2)).digest('hex'));
console.log(crypto.createHash('sha256').update(new Uint8Array(0)).digest('hex'));
