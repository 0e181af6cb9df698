// Hmac argument and state errors.
const crypto = require('crypto');
const { hex, bytes, ascii, attempt } = require('./_util');
attempt('unknown digest', () => crypto.createHmac('nope', 'k'));
attempt('digest type', () => crypto.createHmac(5, 'k'));
attempt('key number', () => crypto.createHmac('sha256', 5));
attempt('key null', () => crypto.createHmac('sha256', null));
attempt('update number', () => crypto.createHmac('sha256', 'k').update(5));
const h = crypto.createHmac('sha256', 'k');
console.log(h.digest('hex'));
attempt('update after digest', () => h.update('x'));
console.log('digest again:', JSON.stringify(h.digest('hex')));
const { publicKey } = crypto.generateKeyPairSync('ed25519');
attempt('public key', () => crypto.createHmac('sha256', publicKey));
