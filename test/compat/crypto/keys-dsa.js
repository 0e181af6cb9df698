// DSA keys: generateKeyPair('dsa') with modulusLength/divisorLength, PEM/DER round trips, the oracle's
// keys re-exported byte for byte, signatures (DER and IEEE P1363, several digests) made by the oracle
// verified here and ours verified with its keys, and Node's errors.
const path = require('path');
const crypto = require('crypto');
const { attempt } = require('./_util');
const vectors = require(path.join(__dirname, 'fixtures', 'keys-dsa-dh-vectors.json'));
const msg = Buffer.from('node4j known answer');

for (const [L, N] of [[1024, undefined], [2048, 224], [1024, 160]]) {
  const { publicKey, privateKey } = crypto.generateKeyPairSync('dsa', { modulusLength: L, divisorLength: N });
  const sig = crypto.sign('sha256', msg, privateKey);
  const p1363 = crypto.sign('sha256', msg, { key: privateKey, dsaEncoding: 'ieee-p1363' });
  console.log('dsa', L, N, publicKey.asymmetricKeyType, publicKey.asymmetricKeyDetails, privateKey.asymmetricKeyDetails,
    crypto.createPrivateKey(privateKey.export({ type: 'pkcs8', format: 'pem' })).equals(privateKey),
    crypto.createPublicKey({ key: publicKey.export({ type: 'spki', format: 'der' }), format: 'der', type: 'spki' }).equals(publicKey),
    crypto.createPublicKey(privateKey).equals(publicKey),
    crypto.verify('sha256', msg, publicKey, sig), p1363.length,
    crypto.verify('sha256', msg, { key: publicKey, dsaEncoding: 'ieee-p1363' }, p1363),
    crypto.verify('sha256', msg, publicKey, p1363), crypto.verify('sha384', msg, publicKey, sig));
}

for (const v of vectors.dsa) {
  const priv = crypto.createPrivateKey(v.private);
  const pub = crypto.createPublicKey(v.public);
  const line = [pub.asymmetricKeyDetails.modulusLength, pub.asymmetricKeyDetails.divisorLength,
    priv.export({ type: 'pkcs8', format: 'pem' }) === v.private, pub.export({ type: 'spki', format: 'pem' }) === v.public,
    crypto.createPublicKey(priv).equals(pub)];
  for (const [name, s] of Object.entries(v.signatures)) {
    const d = name.replace('-p1363', '');
    const dsaEncoding = name.endsWith('-p1363') ? 'ieee-p1363' : 'der';
    const ours = crypto.sign(d, msg, { key: priv, dsaEncoding });
    line.push(name, crypto.verify(d, msg, { key: pub, dsaEncoding }, Buffer.from(s, 'base64')),
      crypto.verify(d, msg, { key: pub, dsaEncoding }, ours),
      crypto.createVerify(d).update(msg).verify({ key: pub, dsaEncoding }, Buffer.from(s, 'base64')));
  }
  console.log('oracle dsa', ...line);
}

const v = vectors.dsa[0];
const priv = crypto.createPrivateKey(v.private);
console.log('sign object', crypto.verify('sha256', msg, v.public, crypto.createSign('sha256').update(msg).sign(priv)));
crypto.sign('sha256', msg, priv, (err, s) => crypto.verify('sha256', msg, v.public, s, (err2, ok) => console.log('callbacks', err, err2, ok)));
attempt('verify garbage', () => crypto.verify('sha256', msg, v.public, Buffer.alloc(8)));
attempt('verify p1363 wrong size', () => crypto.verify('sha256', msg, { key: v.public, dsaEncoding: 'ieee-p1363' }, Buffer.alloc(8)));
attempt('dsaEncoding bad', () => crypto.sign('sha256', msg, { key: priv, dsaEncoding: 'raw' }));
attempt('jwk export', () => priv.export({ format: 'jwk' }));
attempt('pkcs1 export', () => priv.export({ format: 'pem', type: 'pkcs1' }));
attempt('sec1 export', () => priv.export({ format: 'pem', type: 'sec1' }));
attempt('diffieHellman', () => crypto.diffieHellman({ privateKey: priv, publicKey: crypto.createPublicKey(v.public) }));
attempt('encapsulate', () => crypto.encapsulate(v.public));
attempt('no options', () => crypto.generateKeyPairSync('dsa'));
attempt('no modulusLength', () => crypto.generateKeyPairSync('dsa', {}));
attempt('divisorLength string', () => crypto.generateKeyPairSync('dsa', { modulusLength: 1024, divisorLength: 'x' }));
attempt('divisorLength -1', () => crypto.generateKeyPairSync('dsa', { modulusLength: 1024, divisorLength: -1 }));
attempt('divisorLength 1.5', () => crypto.generateKeyPairSync('dsa', { modulusLength: 1024, divisorLength: 1.5 }));
attempt('modulusLength -1', () => crypto.generateKeyPairSync('dsa', { modulusLength: -1 }));
crypto.generateKeyPair('dsa', { modulusLength: 1024, publicKeyEncoding: { type: 'spki', format: 'pem' } },
  (err, pub, priv2) => console.log('async', err, pub.split('\n')[0], priv2.asymmetricKeyDetails));
