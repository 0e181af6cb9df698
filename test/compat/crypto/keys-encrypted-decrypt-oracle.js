// Encrypted private keys written by the oracle (PKCS#8 PBES2 and traditional PEM, several ciphers) open
// under node4j with the passphrase, and are the same key as the unencrypted fixtures.
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const keys = require('./_keys');
const enc = require('./_encrypted_keys');
const rsa = crypto.createPrivateKey(fs.readFileSync(path.join(__dirname, 'fixtures', 'rsa1024.pem')));
const ec = crypto.createPrivateKey({ key: keys.ec, format: 'jwk' });
for (const [name, value] of Object.entries(enc)) {
  const isDer = name.includes('Der');
  const passphrase = name === 'ecPkcs8DerAes256' ? Buffer.from([0, 1, 2, 255]) : 'correct horse';
  const input = isDer ? { key: Buffer.from(value, 'base64'), format: 'der', type: 'pkcs8', passphrase }
    : { key: value, passphrase };
  const key = crypto.createPrivateKey(input);
  const expected = name.startsWith('rsa') ? rsa : ec;
  console.log(name, key.type, key.asymmetricKeyType, key.equals(expected),
    JSON.stringify(key.asymmetricKeyDetails, (k, v) => typeof v === 'bigint' ? String(v) : v));
  console.log('  pkcs8 equal', key.export({ type: 'pkcs8', format: 'pem' }) === expected.export({ type: 'pkcs8', format: 'pem' }));
  const pub = crypto.createPublicKey(input);
  console.log('  public', pub.type, pub.export({ type: 'spki', format: 'der' }).toString('base64').slice(0, 40));
  if (!isDer) {
    const header = value.split('\n').slice(0, 3).map((l) => l.replace(/,[0-9A-F]+$/, ',<iv>')).join(' | ');
    console.log('  header', header.slice(0, 90));
  }
}
// A passphrase as a Buffer, a Uint8Array, an ArrayBuffer and a DataView is the same passphrase.
const pw = Buffer.from('correct horse');
for (const p of [pw, new Uint8Array(pw), pw.buffer.slice(pw.byteOffset, pw.byteOffset + pw.length),
  new DataView(pw.buffer, pw.byteOffset, pw.length)]) {
  console.log(p.constructor.name, crypto.createPrivateKey({ key: enc.rsaPkcs1Des3, passphrase: p }).equals(rsa));
}
// A passphrase given with an unencrypted key is ignored.
console.log('plain with passphrase', crypto.createPrivateKey({ key: rsa.export({ type: 'pkcs8', format: 'pem' }), passphrase: 'x' }).equals(rsa));
