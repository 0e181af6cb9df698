// ML-KEM-512/768/1024 keys (FIPS 203): generation, PEM/DER/JWK (kty AKP) exports and imports, the
// oracle's keys re-exported byte for byte (OpenSSL's seed + expanded key PKCS#8), encapsulate and
// decapsulate (the oracle's ciphertexts give its shared secrets), and Node's errors for wrong uses.
const path = require('path');
const crypto = require('crypto');
const { attempt } = require('./_util');
const vectors = require(path.join(__dirname, 'fixtures', 'keys-pqc-448-vectors.json'));

for (const type of ['ml-kem-512', 'ml-kem-768', 'ml-kem-1024']) {
  const { publicKey, privateKey } = crypto.generateKeyPairSync(type);
  const jwk = privateKey.export({ format: 'jwk' });
  const pubJwk = publicKey.export({ format: 'jwk' });
  const e = crypto.encapsulate(publicKey);
  console.log(type, publicKey.asymmetricKeyType, JSON.stringify(privateKey.asymmetricKeyDetails),
    publicKey.export({ type: 'spki', format: 'der' }).length, privateKey.export({ type: 'pkcs8', format: 'der' }).length,
    Object.keys(jwk).join(','), Object.keys(pubJwk).join(','), jwk.alg, jwk.priv.length, jwk.pub.length, pubJwk.pub === jwk.pub,
    crypto.createPrivateKey(privateKey.export({ type: 'pkcs8', format: 'pem' })).equals(privateKey),
    crypto.createPrivateKey({ key: privateKey.export({ type: 'pkcs8', format: 'der' }), format: 'der', type: 'pkcs8' }).equals(privateKey),
    crypto.createPublicKey({ key: publicKey.export({ type: 'spki', format: 'der' }), format: 'der', type: 'spki' }).equals(publicKey),
    crypto.createPrivateKey({ key: jwk, format: 'jwk' }).equals(privateKey),
    crypto.createPublicKey({ key: pubJwk, format: 'jwk' }).equals(publicKey),
    crypto.createPublicKey(privateKey).equals(publicKey),
    e.sharedKey.length, e.ciphertext.length, crypto.decapsulate(privateKey, e.ciphertext).equals(e.sharedKey),
    crypto.encapsulate(privateKey).ciphertext.length);
  for (const v of vectors[type]) {
    const priv = crypto.createPrivateKey(v.private);
    const pub = crypto.createPublicKey(v.public);
    console.log(type, 'oracle key', priv.export({ type: 'pkcs8', format: 'pem' }) === v.private,
      pub.export({ type: 'spki', format: 'pem' }) === v.public, crypto.createPublicKey(priv).equals(pub),
      crypto.createPrivateKey({ key: priv.export({ format: 'jwk' }), format: 'jwk' }).export({ type: 'pkcs8', format: 'pem' }) === v.private,
      priv.export({ format: 'jwk' }).priv.slice(0, 16));
    if (v.ciphertext) {
      console.log(type, 'oracle ciphertext', crypto.decapsulate(priv, Buffer.from(v.ciphertext, 'base64')).toString('base64') === v.sharedKey);
    }
  }
}

const v = vectors['ml-kem-768'][0];
const kem = crypto.createPrivateKey(v.private);
const msg = Buffer.from('x');
attempt('sign', () => crypto.sign(null, msg, kem));
attempt('verify', () => crypto.verify(null, msg, crypto.createPublicKey(kem), Buffer.alloc(3)));
attempt('decapsulate short', () => crypto.decapsulate(kem, Buffer.alloc(3)));
attempt('decapsulate zeros', () => crypto.decapsulate(kem, Buffer.alloc(1088)).length);
attempt('decapsulate other size', () => crypto.decapsulate(crypto.createPrivateKey(vectors['ml-kem-512'][0].private), Buffer.from(v.ciphertext, 'base64')));
attempt('diffieHellman', () => crypto.diffieHellman({ privateKey: kem, publicKey: crypto.createPublicKey(kem) }));
const j = kem.export({ format: 'jwk' });
attempt('jwk alg lower', () => crypto.createPrivateKey({ format: 'jwk', key: { ...j, alg: 'ml-kem-768' } }));
attempt('jwk alg missing', () => crypto.createPrivateKey({ format: 'jwk', key: { kty: 'AKP', priv: j.priv, pub: j.pub } }));
attempt('jwk alg ES256', () => crypto.createPublicKey({ format: 'jwk', key: { kty: 'AKP', alg: 'ES256', pub: j.pub } }));
attempt('jwk alg ML-DSA-65 on a KEM seed', () => crypto.createPrivateKey({ format: 'jwk', key: { ...j, alg: 'ML-DSA-65' } }));
attempt('jwk priv short', () => crypto.createPrivateKey({ format: 'jwk', key: { ...j, priv: 'AAAA' } }));
attempt('jwk priv number', () => crypto.createPrivateKey({ format: 'jwk', key: { ...j, priv: 5 } }));
attempt('jwk pub short', () => crypto.createPublicKey({ format: 'jwk', key: { kty: 'AKP', alg: 'ML-KEM-768', pub: 'AAAA' } }));
attempt('jwk pub number', () => crypto.createPublicKey({ format: 'jwk', key: { kty: 'AKP', alg: 'ML-KEM-768', pub: 5 } }));
attempt('jwk no priv', () => crypto.createPrivateKey({ format: 'jwk', key: { kty: 'AKP', alg: 'ML-KEM-768', pub: j.pub } }));
attempt('jwk public of private', () => crypto.createPublicKey({ format: 'jwk', key: j }).type);
attempt('spki cut', () => crypto.createPublicKey({ format: 'der', type: 'spki', key: crypto.createPublicKey(kem).export({ type: 'spki', format: 'der' }).subarray(0, 100) }));
attempt('export sec1', () => kem.export({ type: 'sec1', format: 'pem' }));
attempt('generate upper case', () => crypto.generateKeyPairSync('ML-KEM-768'));
attempt('generate ml-kem-256', () => crypto.generateKeyPairSync('ml-kem-256'));
crypto.generateKeyPair('ml-kem-512', { publicKeyEncoding: { format: 'jwk' }, privateKeyEncoding: { type: 'pkcs8', format: 'pem' } },
  (err, pub, priv) => {
    console.log('async', err, pub.kty, pub.alg, priv.split('\n')[0]);
    crypto.encapsulate(crypto.createPublicKey({ key: pub, format: 'jwk' }), (err2, r) => {
      crypto.decapsulate(priv, r.ciphertext, (err3, k) => console.log('async kem', err2, err3, k.equals(r.sharedKey)));
    });
  });

// A PKCS#8 holding only the expanded key (no seed): it decapsulates, gives its public key, writes back
// as it came, and has no JWK (whose "priv" is the seed).
{
  const w = vectors['ml-kem-512'][0];
  const both = crypto.createPrivateKey(w.private).export({ type: 'pkcs8', format: 'der' });
  const expanded = both.subarray(both.length - 1632);
  const alg = both.subarray(7, 20);
  const body = Buffer.concat([Buffer.from('020100', 'hex'), alg, Buffer.from('0482066404820660', 'hex'), expanded]);
  const der = Buffer.concat([Buffer.from([0x30, 0x82, body.length >> 8, body.length & 255]), body]);
  const key = crypto.createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
  console.log('expanded only', key.asymmetricKeyType, key.export({ type: 'pkcs8', format: 'der' }).equals(der),
    crypto.createPublicKey(key).export({ type: 'spki', format: 'pem' }) === w.public,
    crypto.decapsulate(key, Buffer.from(w.ciphertext, 'base64')).toString('base64') === w.sharedKey,
    key.equals(crypto.createPrivateKey(w.private)));
  attempt('expanded only jwk', () => key.export({ format: 'jwk' }));
  attempt('expanded only public jwk', () => crypto.createPublicKey(key).export({ format: 'jwk' }).alg);
}
