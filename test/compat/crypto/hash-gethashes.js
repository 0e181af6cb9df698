// getHashes lists the usual names.
const crypto = require('crypto');
const { hex, bytes, ascii, attempt } = require('./_util');
const list = crypto.getHashes();
console.log(Array.isArray(list));
for (const n of ['md5', 'sha1', 'sha256', 'sha512', 'sha3-256', 'shake128', 'RSA-SHA256', 'sha512-256']) console.log(n, list.includes(n));
console.log(list.every((n) => typeof n === 'string'));
