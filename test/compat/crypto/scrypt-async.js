// scrypt's callback form, with and without options.
const crypto = require('crypto');
const { hex, bytes, ascii, attempt } = require('./_util');
crypto.scrypt('pw', 'salt', 16, (err, key) => console.log('default', err, hex(key)));
crypto.scrypt('pw', 'salt', 16, { N: 1024 }, (err, key) => console.log('N=1024', err, hex(key)));
