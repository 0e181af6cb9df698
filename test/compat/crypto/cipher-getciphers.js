// getCiphers lists the usual names.
const crypto = require('crypto');
const { hex, bytes, ascii, attempt } = require('./_util');
const list = crypto.getCiphers();
for (const n of ['aes-128-cbc', 'aes-256-gcm', 'aes-192-ctr', 'aes-128-ecb', 'aes-256-cfb8', 'chacha20-poly1305', 'aes128', 'des-ede3-cbc']) console.log(n, list.includes(n));
