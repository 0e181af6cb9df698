// Cipher use after final().
const crypto = require('crypto');
const { hex, bytes, ascii, attempt } = require('./_util');
const key = new Uint8Array(16), iv = new Uint8Array(16);
const c = crypto.createCipheriv('aes-128-cbc', key, iv);
c.final();
attempt('update after final', () => c.update('x'));
attempt('final twice', () => c.final());
attempt('setAutoPadding after final', () => c.setAutoPadding(false));
attempt('update number', () => crypto.createCipheriv('aes-128-cbc', key, iv).update(5));
console.log(crypto.createCipheriv('aes-128-cbc', key, iv).setAutoPadding(false) instanceof crypto.Cipheriv);
