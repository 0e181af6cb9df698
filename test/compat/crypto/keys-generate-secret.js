// generateKey / generateKeySync for hmac and aes.
const crypto = require('crypto');
const { hex, bytes, ascii, attempt } = require('./_util');
for (const [type, length] of [['hmac', 8], ['hmac', 64], ['hmac', 257], ['aes', 128], ['aes', 192], ['aes', 256]]) {
  console.log(type, length, crypto.generateKeySync(type, { length }).symmetricKeySize);
}
crypto.generateKey('aes', { length: 256 }, (err, key) => console.log('callback', err, key.type, key.symmetricKeySize));
attempt('aes length', () => crypto.generateKeySync('aes', { length: 100 }));
attempt('hmac too short', () => crypto.generateKeySync('hmac', { length: 4 }));
attempt('unknown type', () => crypto.generateKeySync('foo', { length: 8 }));
attempt('no options', () => crypto.generateKeySync('aes'));
