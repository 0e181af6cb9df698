// Ed25519 with RFC 8032's first test key: deterministic signatures, verify, export.
const crypto = require('crypto');
const { hex, bytes, ascii, attempt } = require('./_util');
const ed = crypto.createPrivateKey({ key: bytes('302e020100300506032b657004220420' + '9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60'), format: 'der', type: 'pkcs8' });
const pub = crypto.createPublicKey(ed);
console.log(pub.export({ format: 'jwk' }).x);
console.log(hex(crypto.sign(null, new Uint8Array(0), ed)));
console.log(hex(crypto.sign(undefined, bytes('72'), ed)));
console.log(crypto.verify(null, new Uint8Array(0), pub, crypto.sign(null, new Uint8Array(0), ed)));
console.log(crypto.verify(null, bytes('73'), pub, crypto.sign(null, bytes('72'), ed)));
console.log(ed.export({ type: 'pkcs8', format: 'pem' }));
console.log(pub.export({ type: 'spki', format: 'pem' }));
