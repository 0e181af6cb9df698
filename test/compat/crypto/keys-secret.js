// Secret KeyObjects.
const crypto = require('crypto');
const { hex, bytes, ascii, attempt } = require('./_util');
const k = crypto.createSecretKey(ascii('0123456789abcdef'));
console.log(k.type, k.symmetricKeySize, k.asymmetricKeyType, JSON.stringify(k.export({ format: 'jwk' })), hex(k.export()));
console.log(crypto.createSecretKey('aGVsbG8', 'base64url').symmetricKeySize, crypto.createSecretKey('hello').export().length);
console.log(k.equals(crypto.createSecretKey(ascii('0123456789abcdef'))), k.equals(crypto.createSecretKey(ascii('0123456789abcdeF'))));
console.log(k instanceof crypto.KeyObject, crypto.createPrivateKey({ key: { kty: 'oct', k: 'aGk' }, format: 'jwk' }) === 0);
