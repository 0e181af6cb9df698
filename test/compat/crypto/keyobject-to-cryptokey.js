'use strict';
// KeyObject#toCryptoKey: secret, EC, Ed25519, X25519 and RSA keys into CryptoKeys, with importKey's checks
// (algorithm first, then usages; curve mismatch, bad usages, empty usages, HKDF extractability).
const c = require('crypto');
const { publicKey, privateKey } = c.generateKeyPairSync('ec', { namedCurve: 'P-256' });
const secret = c.createSecretKey(Buffer.alloc(32, 1));
const show = (k) => [k.constructor.name, k.type, k.extractable, JSON.stringify(k.algorithm), k.usages];
console.log(show(publicKey.toCryptoKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['verify'])));
console.log(show(privateKey.toCryptoKey({ name: 'ECDH', namedCurve: 'P-256' }, false, ['deriveBits'])));
console.log(show(secret.toCryptoKey({ name: 'HMAC', hash: 'SHA-256' }, true, ['sign'])));
console.log(show(secret.toCryptoKey('AES-GCM', true, ['encrypt'])));
for (const args of [[{ name: 'RSA-PSS' }, true, ['sign']], ['AES-GCM', 1, ['encrypt']], ['AES-GCM', true, ['sign']], ['nope', true, []], [undefined, true, []], ['AES-GCM', true, 'encrypt'], [{ name: 'HMAC' }, true, ['sign']]]) {
  try { console.log(show(secret.toCryptoKey(...args))); } catch (e) { console.log(e.name, e.code, e.message); }
}
try { publicKey.toCryptoKey({ name: 'ECDSA', namedCurve: 'P-384' }, true, ['verify']); } catch (e) { console.log(e.name, e.code, e.message); }
try { publicKey.toCryptoKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign']); } catch (e) { console.log(e.name, e.code, e.message); }
const ed = c.generateKeyPairSync('ed25519');
console.log(show(ed.privateKey.toCryptoKey('Ed25519', true, ['sign'])));
const rsa = c.generateKeyPairSync('rsa', { modulusLength: 1024 });
console.log(show(rsa.publicKey.toCryptoKey({ name: 'RSA-OAEP', hash: 'SHA-256' }, true, ['encrypt'])));
console.log(c.KeyObject.prototype.toCryptoKey.length);
const s = c.createSecretKey(Buffer.alloc(16));
for (const a of [['AES-GCM', true, ['bogus']], ['AES-GCM', true, []], ['AES-GCM'], [{ name: 'AES-GCM', length: 128 }, true, ['encrypt']],
                 ['HKDF', false, ['deriveBits']], ['HKDF', true, ['deriveBits']], ['nope', true, 'x'], ['AES-CBC', true, ['encrypt', 'encrypt']]]) {
  try { console.log(show(s.toCryptoKey(...a))); } catch (e) { console.log(e.name, e.code, e.message); }
}
try { console.log(c.createSecretKey(Buffer.alloc(5)).toCryptoKey('AES-CBC', true, ['encrypt'])); } catch (e) { console.log(e.name, e.code, e.message); }
try { c.generateKeyPairSync('x25519').privateKey.toCryptoKey('X25519', true, []); } catch (e) { console.log(e.name, e.message); }
