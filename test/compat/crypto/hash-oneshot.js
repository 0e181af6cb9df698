// crypto.hash(): one call, hex by default.
const crypto = require('crypto');
const { hex, bytes, ascii, attempt } = require('./_util');
console.log(crypto.hash('sha1', 'abc'));
console.log(crypto.hash('sha256', 'abc', 'base64'));
console.log(crypto.hash('md5', ascii('abc'), 'hex'));
console.log(hex(crypto.hash('sha512', '', 'buffer')));
attempt('input type', () => crypto.hash('sha1', 5));
attempt('algorithm type', () => crypto.hash(5, 'x'));
attempt('unknown', () => crypto.hash('nope', 'x'));
attempt('encoding type', () => crypto.hash('sha1', 'x', 5));
