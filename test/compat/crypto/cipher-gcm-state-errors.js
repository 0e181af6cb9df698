// AEAD state errors: getAuthTag too early, tags of invalid length, setAuthTag on a cipher.
const crypto = require('crypto');
const { hex, bytes, ascii, attempt } = require('./_util');
const key = new Uint8Array(16), iv = new Uint8Array(12);
attempt('getAuthTag before final', () => crypto.createCipheriv('aes-128-gcm', key, iv).getAuthTag());
attempt('tag length 3', () => crypto.createDecipheriv('aes-128-gcm', key, iv).setAuthTag(new Uint8Array(3)));
attempt('tag length 17', () => crypto.createDecipheriv('aes-128-gcm', key, iv).setAuthTag(new Uint8Array(17)));
attempt('authTagLength 5', () => crypto.createCipheriv('aes-128-gcm', key, iv, { authTagLength: 5 }));
attempt('empty iv', () => crypto.createCipheriv('aes-128-gcm', key, new Uint8Array(0)));
attempt('cipher has no setAuthTag', () => crypto.createCipheriv('aes-128-gcm', key, iv).setAuthTag);
attempt('setAAD on cbc', () => crypto.createCipheriv('aes-128-cbc', key, new Uint8Array(16)).setAAD(new Uint8Array(1)));
const d = crypto.createDecipheriv('aes-128-gcm', key, iv);
d.setAuthTag(new Uint8Array(16));
attempt('setAuthTag twice', () => d.setAuthTag(new Uint8Array(16)));
