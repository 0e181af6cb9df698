// ML-DSA-44/65/87 keys (FIPS 204): generation, PEM/DER/JWK (kty AKP) exports and imports, the oracle's
// keys re-exported byte for byte, sign/verify with a null digest (the oracle's signatures verify here,
// ours verify with its keys), and Node's errors for wrong uses.
const path = require('path');
const crypto = require('crypto');
const { attempt } = require('./_util');
const vectors = require(path.join(__dirname, 'fixtures', 'keys-pqc-448-vectors.json'));
const msg = Buffer.from('node4j known answer');

for (const type of ['ml-dsa-44', 'ml-dsa-65', 'ml-dsa-87']) {
  const { publicKey, privateKey } = crypto.generateKeyPairSync(type);
  const jwk = privateKey.export({ format: 'jwk' });
  const sig = crypto.sign(null, msg, privateKey);
  console.log(type, publicKey.asymmetricKeyType, JSON.stringify(publicKey.asymmetricKeyDetails),
    publicKey.export({ type: 'spki', format: 'der' }).length, privateKey.export({ type: 'pkcs8', format: 'der' }).length,
    Object.keys(jwk).join(','), jwk.alg, jwk.priv.length, jwk.pub.length,
    crypto.createPrivateKey(privateKey.export({ type: 'pkcs8', format: 'pem' })).equals(privateKey),
    crypto.createPublicKey({ key: publicKey.export({ type: 'spki', format: 'der' }), format: 'der', type: 'spki' }).equals(publicKey),
    crypto.createPrivateKey({ key: jwk, format: 'jwk' }).equals(privateKey),
    crypto.createPublicKey({ key: publicKey.export({ format: 'jwk' }), format: 'jwk' }).equals(publicKey),
    sig.length, crypto.verify(null, msg, publicKey, sig), crypto.verify(null, msg, privateKey, sig),
    crypto.verify(null, Buffer.from('other'), publicKey, sig),
    crypto.sign(null, msg, { key: privateKey, context: Buffer.alloc(0) }).length);
  const [a, b] = vectors[type];
  const priv = crypto.createPrivateKey(a.private);
  const oracleSig = Buffer.from(a.signature, 'base64');
  const ours = crypto.sign(null, msg, a.private);
  console.log(type, 'oracle', priv.export({ type: 'pkcs8', format: 'pem' }) === a.private,
    crypto.createPublicKey(priv).export({ type: 'spki', format: 'pem' }) === a.public,
    crypto.createPrivateKey(b.private).export({ type: 'pkcs8', format: 'der' }).equals(
      crypto.createPrivateKey({ key: crypto.createPrivateKey(b.private).export({ format: 'jwk' }), format: 'jwk' }).export({ type: 'pkcs8', format: 'der' })),
    crypto.verify(null, msg, a.public, oracleSig), crypto.verify(null, msg, b.public, oracleSig),
    crypto.verify(null, msg, a.public, ours), ours.length === oracleSig.length);
}

const a = vectors['ml-dsa-65'][0];
const dsa = crypto.createPrivateKey(a.private);
attempt('sign digest', () => crypto.sign('sha256', msg, dsa));
attempt('verify digest', () => crypto.verify('sha512', msg, a.public, Buffer.from(a.signature, 'base64')));
attempt('verify short signature', () => crypto.verify(null, msg, a.public, Buffer.alloc(3)));
attempt('createSign', () => crypto.createSign('sha256').update(msg).sign(dsa));
attempt('createVerify', () => crypto.createVerify('sha256').update(msg).verify(a.public, Buffer.alloc(3)));
attempt('encapsulate', () => crypto.encapsulate(a.public));
attempt('diffieHellman', () => crypto.diffieHellman({ privateKey: dsa, publicKey: crypto.createPublicKey(a.public) }));
attempt('context number', () => crypto.sign(null, msg, { key: dsa, context: 1 }));
attempt('jwk pub short', () => crypto.createPublicKey({ format: 'jwk', key: { kty: 'AKP', alg: 'ML-DSA-65', pub: 'AAAA' } }));
attempt('jwk priv short', () => crypto.createPrivateKey({ format: 'jwk', key: { ...dsa.export({ format: 'jwk' }), priv: 'AAAA' } }));
attempt('export pkcs1', () => crypto.createPublicKey(dsa).export({ type: 'pkcs1', format: 'der' }));
attempt('generate ml-dsa-50', () => crypto.generateKeyPairSync('ml-dsa-50'));
crypto.sign(null, msg, dsa, (err, s) => crypto.verify(null, msg, a.public, s, (err2, ok) => console.log('callbacks', err, err2, ok)));
