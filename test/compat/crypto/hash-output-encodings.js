// digest() in every output encoding.
const crypto = require('crypto');
const { hex, bytes, ascii, attempt } = require('./_util');
for (const enc of ['hex', 'base64', 'base64url', 'latin1', 'binary']) {
  console.log(enc, JSON.stringify(crypto.createHash('sha1').update('abc').digest(enc)));
}
const raw = crypto.createHash('sha256').update('abc').digest();
console.log(raw.length, raw instanceof Uint8Array, hex(raw));
