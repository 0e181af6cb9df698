// Ed448 and X448 keys: generation, exports and imports (PEM, DER, JWK), Ed448 signatures (with and
// without a context) checked against the oracle's, X448 diffieHellman and DHKEM against the oracle's.
const path = require('path');
const crypto = require('crypto');
const { attempt } = require('./_util');
const vectors = require(path.join(__dirname, 'fixtures', 'keys-pqc-448-vectors.json'));
const msg = Buffer.from('node4j known answer');

for (const type of ['ed448', 'x448']) {
  const { publicKey, privateKey } = crypto.generateKeyPairSync(type);
  const jwk = privateKey.export({ format: 'jwk' });
  console.log(type, publicKey.asymmetricKeyType, privateKey.asymmetricKeyType, JSON.stringify(publicKey.asymmetricKeyDetails),
    publicKey.export({ type: 'spki', format: 'der' }).length, privateKey.export({ type: 'pkcs8', format: 'der' }).length,
    Object.keys(jwk).join(','), jwk.crv, jwk.d.length, jwk.x.length,
    crypto.createPrivateKey(privateKey.export({ type: 'pkcs8', format: 'pem' })).equals(privateKey),
    crypto.createPrivateKey({ key: privateKey.export({ type: 'pkcs8', format: 'der' }), format: 'der', type: 'pkcs8' }).equals(privateKey),
    crypto.createPublicKey({ key: publicKey.export({ type: 'spki', format: 'der' }), format: 'der', type: 'spki' }).equals(publicKey),
    crypto.createPrivateKey({ key: jwk, format: 'jwk' }).equals(privateKey),
    crypto.createPublicKey({ key: publicKey.export({ format: 'jwk' }), format: 'jwk' }).equals(publicKey),
    crypto.createPublicKey(privateKey).equals(publicKey), publicKey.equals(privateKey));
  const enc = crypto.generateKeyPairSync(type, {
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem', cipher: 'aes-128-cbc', passphrase: 'pw' },
  });
  console.log(type, 'encrypted', enc.publicKey.split('\n')[0], enc.privateKey.split('\n')[0],
    crypto.createPrivateKey({ key: enc.privateKey, passphrase: 'pw' }).asymmetricKeyType);
}

// The oracle's keys: re-exported byte for byte, in every format.
for (const type of ['ed448', 'x448']) {
  for (const v of vectors[type]) {
    const priv = crypto.createPrivateKey(v.private);
    const pub = crypto.createPublicKey(v.public);
    const jwk = priv.export({ format: 'jwk' });
    console.log(type, priv.export({ type: 'pkcs8', format: 'pem' }) === v.private,
      pub.export({ type: 'spki', format: 'pem' }) === v.public,
      crypto.createPublicKey(v.private).equals(pub), jwk.x === pub.export({ format: 'jwk' }).x,
      crypto.createPrivateKey({ key: jwk, format: 'jwk' }).export({ type: 'pkcs8', format: 'pem' }) === v.private,
      priv.export({ type: 'pkcs8', format: 'der' }).toString('base64'));
  }
}

const ed = vectors.ed448[0];
const sig = crypto.sign(null, msg, ed.private);
console.log('ed448 sign', sig.length, sig.toString('base64') === ed.signature, crypto.verify(null, msg, ed.public, sig),
  crypto.verify(null, Buffer.from('other'), ed.public, sig), crypto.verify(null, msg, vectors.ed448[1].public, sig));
const ctxSig = crypto.sign(null, msg, { key: ed.private, context: Buffer.from('ctx') });
console.log('ed448 context', ctxSig.toString('base64') === ed.contextSignature,
  crypto.verify(null, msg, { key: ed.public, context: Buffer.from('ctx') }, Buffer.from(ed.contextSignature, 'base64')),
  crypto.verify(null, msg, ed.public, ctxSig), crypto.verify(null, msg, { key: ed.public, context: Buffer.alloc(0) }, sig),
  crypto.sign(null, msg, { key: ed.private, context: new Uint8Array(255) }).length);
crypto.sign(null, msg, ed.private, (err, s) => console.log('ed448 sign cb', err, s.toString('base64') === ed.signature));
crypto.verify(null, msg, ed.public, sig, (err, ok) => console.log('ed448 verify cb', err, ok));

const x = vectors.x448;
const shared = crypto.diffieHellman({ privateKey: crypto.createPrivateKey(x[0].private), publicKey: crypto.createPublicKey(x[1].public) });
const shared2 = crypto.diffieHellman({ privateKey: crypto.createPrivateKey(x[1].private), publicKey: crypto.createPublicKey(x[0].public) });
console.log('x448 dh', shared.length, shared.toString('base64') === x[0].shared, shared2.equals(shared));
console.log('x448 kem', crypto.decapsulate(x[0].private, Buffer.from(x[0].ciphertext, 'base64')).toString('base64') === x[0].sharedKey);
const e = crypto.encapsulate(x[0].public);
console.log('x448 kem round', e.sharedKey.length, e.ciphertext.length, crypto.decapsulate(x[0].private, e.ciphertext).equals(e.sharedKey));

// Wrong uses and bad input.
const edKey = crypto.createPrivateKey(ed.private);
const xKey = crypto.createPrivateKey(x[0].private);
const x25519 = crypto.generateKeyPairSync('x25519');
attempt('sign digest', () => crypto.sign('sha256', msg, edKey));
attempt('verify digest', () => crypto.verify('sha512', msg, ed.public, sig));
attempt('sign x448', () => crypto.sign(null, msg, xKey));
attempt('sign context string', () => crypto.sign(null, msg, { key: edKey, context: 'ctx' }));
attempt('sign context 256', () => crypto.sign(null, msg, { key: edKey, context: Buffer.alloc(256) }));
attempt('createSign ed448', () => crypto.createSign('sha256').update(msg).sign(edKey));
attempt('createVerify ed448', () => crypto.createVerify('sha256').update(msg).verify(ed.public, sig));
attempt('dh mixed', () => crypto.diffieHellman({ privateKey: xKey, publicKey: x25519.publicKey }));
attempt('dh ed448', () => crypto.diffieHellman({ privateKey: edKey, publicKey: crypto.createPublicKey(ed.public) }));
attempt('encapsulate ed448', () => crypto.encapsulate(ed.public));
attempt('decapsulate short', () => crypto.decapsulate(xKey, Buffer.alloc(5)));
const good = edKey.export({ format: 'jwk' });
attempt('jwk short d', () => crypto.createPrivateKey({ format: 'jwk', key: { ...good, d: 'AAAA' } }));
attempt('jwk short x', () => crypto.createPublicKey({ format: 'jwk', key: { ...good, d: undefined, x: 'AAAA' } }));
attempt('jwk crv X448 on Ed448 d', () => crypto.createPrivateKey({ format: 'jwk', key: { ...good, crv: 'X448' } }));
attempt('jwk crv Ed449', () => crypto.createPublicKey({ format: 'jwk', key: { ...good, crv: 'Ed449' } }));
attempt('jwk no d', () => crypto.createPrivateKey({ format: 'jwk', key: { kty: 'OKP', crv: 'Ed448', x: good.x } }));
attempt('export sec1', () => edKey.export({ format: 'pem', type: 'sec1' }));
attempt('export pkcs1', () => crypto.createPublicKey(edKey).export({ format: 'pem', type: 'pkcs1' }));
attempt('generate bad type', () => crypto.generateKeyPairSync('ed447'));
crypto.generateKeyPair('x448', { publicKeyEncoding: { format: 'jwk' }, privateKeyEncoding: { format: 'der', type: 'pkcs8' } },
  (err, pub, priv) => console.log('x448 async', err, pub.crv, pub.kty, priv.length));
