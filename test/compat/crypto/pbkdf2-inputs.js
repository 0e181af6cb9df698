// Password and salt as strings, views and ArrayBuffers give the same key.
const crypto = require('crypto');
const { hex, bytes, ascii, attempt } = require('./_util');
const forms = [['password', 'salt'], [ascii('password'), ascii('salt')], [ascii('password').buffer, ascii('salt').buffer],
  [new DataView(ascii('password').buffer), new Uint16Array(ascii('saltsalt').buffer, 0, 2)]];
for (const [p, s] of forms) console.log(hex(crypto.pbkdf2Sync(p, s, 10, 16, 'sha256')));
console.log(hex(crypto.pbkdf2Sync('', '', 1, 8, 'sha256')));
