// getCipherInfo by name and nid, with length filters.
const crypto = require('crypto');
const { hex, bytes, ascii, attempt } = require('./_util');
for (const n of ['aes-128-cbc', 'aes-256-gcm', 'aes-128-ctr', 'aes-128-ecb', 'aes-192-cfb', 'aes-128-cfb8', 'aes-256-ofb', 'chacha20-poly1305', 'aes128', 'AES-256-CBC', 'id-aes128-gcm', 'nope']) {
  console.log(n, JSON.stringify(crypto.getCipherInfo(n)));
}
console.log(JSON.stringify(crypto.getCipherInfo(419)));
console.log(crypto.getCipherInfo('aes-128-cbc', { keyLength: 16 }) !== undefined, crypto.getCipherInfo('aes-128-cbc', { keyLength: 32 }));
console.log(crypto.getCipherInfo('aes-128-cbc', { ivLength: 12 }));
attempt('bad arg', () => crypto.getCipherInfo({}));
