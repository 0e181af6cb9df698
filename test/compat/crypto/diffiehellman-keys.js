// crypto.diffieHellman with EC and X25519 KeyObjects, and its errors.
const crypto = require('crypto');
const { hex, bytes, ascii, attempt } = require('./_util');
const x1 = crypto.generateKeyPairSync('x25519'), x2 = crypto.generateKeyPairSync('x25519');
console.log(hex(crypto.diffieHellman({ privateKey: x1.privateKey, publicKey: x2.publicKey })) ===
  hex(crypto.diffieHellman({ privateKey: x2.privateKey, publicKey: x1.publicKey })));
const e1 = crypto.generateKeyPairSync('ec', { namedCurve: 'P-384' }), e2 = crypto.generateKeyPairSync('ec', { namedCurve: 'P-384' });
const s = crypto.diffieHellman({ privateKey: e1.privateKey, publicKey: e2.publicKey });
console.log(s.length, hex(s) === hex(crypto.diffieHellman({ privateKey: e2.privateKey, publicKey: e1.publicKey })));
attempt('public as private', () => crypto.diffieHellman({ privateKey: e1.publicKey, publicKey: e2.publicKey }));
attempt('mixed types', () => crypto.diffieHellman({ privateKey: e1.privateKey, publicKey: x1.publicKey }));
attempt('not an object', () => crypto.diffieHellman(5));
attempt('missing key', () => crypto.diffieHellman({ privateKey: e1.privateKey }));
