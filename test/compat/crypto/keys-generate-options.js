// generateKeyPairSync with encodings; generateKeyPair's callback; option errors.
const crypto = require('crypto');
const { hex, bytes, ascii, attempt } = require('./_util');
const { publicKey, privateKey } = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256',
  publicKeyEncoding: { type: 'spki', format: 'pem' }, privateKeyEncoding: { type: 'sec1', format: 'der' } });
console.log(publicKey.split('\n')[0], privateKey.length > 100, privateKey[0]);
const r = crypto.generateKeyPairSync('rsa', { modulusLength: 1024, publicExponent: 3, publicKeyEncoding: { format: 'jwk' } });
console.log(r.publicKey.e, r.privateKey.asymmetricKeyDetails);
crypto.generateKeyPair('ed25519', { privateKeyEncoding: { type: 'pkcs8', format: 'pem' } }, (err, pub, priv) => {
  console.log('callback', err, pub.asymmetricKeyType, priv.split('\n')[0]);
});
attempt('unknown type', () => crypto.generateKeyPairSync('foo'));
attempt('type not string', () => crypto.generateKeyPairSync(5));
attempt('missing modulusLength', () => crypto.generateKeyPairSync('rsa', {}));
attempt('bad curve', () => crypto.generateKeyPairSync('ec', { namedCurve: 'foo' }));
attempt('missing curve', () => crypto.generateKeyPairSync('ec', {}));
attempt('bad encoding type', () => crypto.generateKeyPairSync('ec', { namedCurve: 'P-256', publicKeyEncoding: { type: 'pkcs8', format: 'pem' } }));
attempt('no callback', () => crypto.generateKeyPair('ed25519', {}));
