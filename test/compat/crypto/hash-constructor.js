// Hash and Hmac work with and without new.
const crypto = require('crypto');
const { hex, bytes, ascii, attempt } = require('./_util');
console.log(crypto.Hash('md5').update('a').digest('hex'));
console.log(new crypto.Hash('md5').update('a').digest('hex'));
console.log(crypto.Hmac('md5', 'k').update('a').digest('hex'));
console.log(crypto.createHash('md5') instanceof crypto.Hash, crypto.createHmac('md5', 'k') instanceof crypto.Hmac);
