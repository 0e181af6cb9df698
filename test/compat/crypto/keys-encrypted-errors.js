// Opening encrypted keys without the passphrase, or with a wrong one: OpenSSL's errors as Node reports them.
const crypto = require('crypto');
const enc = require('./_encrypted_keys');
function show(label, fn) {
  try {
    const r = fn();
    console.log(label, 'ok', r.type);
  } catch (e) {
    console.log(label, e.name, e.code, e.message, e.library, e.reason);
  }
}
for (const name of ['rsaPkcs8Aes256', 'rsaPkcs8Des3', 'rsaPkcs1Aes256', 'rsaPkcs1Des3', 'ecSec1Aes256', 'ecPkcs8Aes192']) {
  show(`${name} none`, () => crypto.createPrivateKey(enc[name]));
  show(`${name} wrong`, () => crypto.createPrivateKey({ key: enc[name], passphrase: 'correct horse!' }));
  show(`${name} empty`, () => crypto.createPrivateKey({ key: enc[name], passphrase: '' }));
  show(`${name} public none`, () => crypto.createPublicKey(enc[name]));
  show(`${name} public wrong`, () => crypto.createPublicKey({ key: enc[name], passphrase: 'nope' }));
}
const der = Buffer.from(enc.rsaPkcs8DerAes128, 'base64');
show('der none', () => crypto.createPrivateKey({ key: der, format: 'der', type: 'pkcs8' }));
show('der wrong', () => crypto.createPrivateKey({ key: der, format: 'der', type: 'pkcs8', passphrase: 'x' }));
show('der right', () => crypto.createPrivateKey({ key: der, format: 'der', type: 'pkcs8', passphrase: 'correct horse' }));
for (const bad of [null, 5, true, {}, [], Symbol.iterator === undefined ? 0 : 1n]) {
  show(`passphrase ${typeof bad}`, () => crypto.createPrivateKey({ key: enc.rsaPkcs8Aes256, passphrase: bad }));
}
show('sign none', () => crypto.sign('sha256', Buffer.from('x'), enc.rsaPkcs1Aes128));
show('sign wrong', () => crypto.sign('sha256', Buffer.from('x'), { key: enc.rsaPkcs1Aes128, passphrase: 'no' }));
const sig = crypto.sign('sha256', Buffer.from('x'), { key: enc.rsaPkcs1Aes128, passphrase: 'correct horse' });
console.log('sign right', sig.toString('base64'));
show('Sign class none', () => crypto.createSign('sha256').update('x').sign(enc.ecSec1Des3));
