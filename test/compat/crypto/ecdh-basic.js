// ECDH objects agree; formats; a fixed private key's public point.
const crypto = require('crypto');
const { hex, bytes, ascii, attempt } = require('./_util');
for (const curve of ['prime256v1', 'secp384r1', 'secp521r1']) {
  const a = crypto.createECDH(curve), b = crypto.createECDH(curve);
  a.generateKeys();
  const bPub = b.generateKeys('hex', 'compressed');
  console.log(curve, a.computeSecret(bPub, 'hex', 'hex') === b.computeSecret(a.getPublicKey()).toString('hex') || hex(a.computeSecret(bPub, 'hex')) === hex(b.computeSecret(a.getPublicKey())),
    a.getPublicKey().length, a.getPublicKey(undefined, 'compressed').length, a.getPrivateKey().length <= 66);
}
const e = crypto.createECDH('prime256v1');
e.setPrivateKey('0000000000000000000000000000000000000000000000000000000000000003', 'hex');
console.log(e.getPublicKey('hex'));
console.log(e.getPublicKey('hex', 'hybrid'));
console.log(crypto.ECDH.convertKey(e.getPublicKey('hex'), 'prime256v1', 'hex', 'hex', 'compressed'));
console.log(crypto.ECDH.convertKey(e.getPublicKey(undefined, 'compressed'), 'prime256v1', undefined, 'base64'));
