// createCipheriv/createDecipheriv argument errors.
const crypto = require('crypto');
const { hex, bytes, ascii, attempt } = require('./_util');
const k16 = new Uint8Array(16), k32 = new Uint8Array(32);
attempt('key length', () => crypto.createCipheriv('aes-128-cbc', k32, k16));
attempt('iv length', () => crypto.createCipheriv('aes-128-cbc', k16, k32));
attempt('unknown', () => crypto.createCipheriv('nope', k16, k16));
attempt('name type', () => crypto.createCipheriv(5, k16, k16));
attempt('key type', () => crypto.createCipheriv('aes-128-cbc', 5, k16));
attempt('key string length', () => crypto.createCipheriv('aes-128-cbc', 'x', k16));
attempt('iv type', () => crypto.createCipheriv('aes-128-cbc', k16, 5));
attempt('ecb with iv', () => crypto.createDecipheriv('aes-128-ecb', k16, k16));
attempt('ecb null iv', () => crypto.createCipheriv('aes-128-ecb', k16, null).update('x', 'utf8', 'hex'));
attempt('options type', () => crypto.createCipheriv('aes-128-cbc', k16, k16, 5));
attempt('secret key object', () => crypto.createCipheriv('aes-128-cbc', crypto.createSecretKey(k16), k16).final('hex'));
attempt('string key', () => crypto.createCipheriv('aes-128-cbc', '0123456789abcdef', '0123456789abcdef').final('hex'));
