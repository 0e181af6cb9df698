// DH keys: generateKeyPair('dh') with group, prime (+generator) or primeLength, PEM/DER round trips, the
// oracle's keys re-exported byte for byte, diffieHellman with them giving the oracle's secrets, errors.
const path = require('path');
const crypto = require('crypto');
const { attempt } = require('./_util');
const vectors = require(path.join(__dirname, 'fixtures', 'keys-dsa-dh-vectors.json'));

const prime512 = crypto.createDiffieHellman(512).getPrime();
for (const options of [{ group: 'modp14' }, { group: 'modp5' }, { prime: prime512 }, { prime: prime512, generator: 5 }, { primeLength: 512 }]) {
  const a = crypto.generateKeyPairSync('dh', options);
  const b = crypto.generateKeyPairSync('dh', options.group ? options : dhParamsOf(a.publicKey));
  const s1 = crypto.diffieHellman({ privateKey: a.privateKey, publicKey: b.publicKey });
  const s2 = crypto.diffieHellman({ privateKey: b.privateKey, publicKey: a.publicKey });
  console.log('dh', Object.keys(options).join('+'), a.publicKey.asymmetricKeyType, JSON.stringify(a.privateKey.asymmetricKeyDetails),
    crypto.createPrivateKey(a.privateKey.export({ type: 'pkcs8', format: 'pem' })).equals(a.privateKey),
    crypto.createPublicKey({ key: a.publicKey.export({ type: 'spki', format: 'der' }), format: 'der', type: 'spki' }).equals(a.publicKey),
    crypto.createPublicKey(a.privateKey).equals(a.publicKey), s1.length, s1.equals(s2),
    dhParamsOf(a.publicKey).generator, dhParamsOf(a.publicKey).prime.length);
}

// The prime and generator of a DH public key, read from its SPKI (SEQUENCE, SEQUENCE { oid, SEQUENCE { p, g } }).
function dhParamsOf(key) {
  const der = key.export({ type: 'spki', format: 'der' });
  let at = 0;
  const read = () => {
    const tag = der[at++];
    let len = der[at++];
    if (len & 0x80) { const n = len & 0x7f; len = 0; for (let i = 0; i < n; i++) len = len * 256 + der[at++]; }
    return { tag, start: at, len };
  };
  read(); read(); const oid = read(); at = oid.start + oid.len; read();
  const p = read(); const prime = der.subarray(p.start, p.start + p.len); at = p.start + p.len;
  const g = read(); const generator = der.readUIntBE(g.start, g.len);
  return { prime: prime[0] === 0 ? prime.subarray(1) : prime, generator };
}

for (const name of ['modp14', 'prime']) {
  const [a, b] = vectors.dh[name];
  const privA = crypto.createPrivateKey(a.private);
  const pubB = crypto.createPublicKey(b.public);
  const shared = crypto.diffieHellman({ privateKey: privA, publicKey: pubB });
  const back = crypto.diffieHellman({ privateKey: crypto.createPrivateKey(b.private), publicKey: crypto.createPublicKey(a.private) });
  console.log('oracle dh', name, privA.export({ type: 'pkcs8', format: 'pem' }) === a.private,
    pubB.export({ type: 'spki', format: 'pem' }) === b.public,
    crypto.createPublicKey(a.private).export({ type: 'spki', format: 'pem' }) === a.public,
    shared.length, shared.toString('base64') === vectors.dh[name + 'Shared'], back.equals(shared));
}

const [a] = vectors.dh.modp14;
const privA = crypto.createPrivateKey(a.private);
const other = crypto.createPublicKey(vectors.dh.prime[0].public);
attempt('mismatching groups', () => crypto.diffieHellman({ privateKey: privA, publicKey: other }));
attempt('dh with x25519', () => crypto.diffieHellman({ privateKey: privA, publicKey: crypto.generateKeyPairSync('x25519').publicKey }));
attempt('sign', () => crypto.sign('sha256', Buffer.from('x'), privA));
attempt('jwk', () => privA.export({ format: 'jwk' }));
attempt('no option', () => crypto.generateKeyPairSync('dh', {}));
attempt('no options', () => crypto.generateKeyPairSync('dh'));
attempt('group+prime', () => crypto.generateKeyPairSync('dh', { group: 'modp14', prime: Buffer.alloc(8) }));
attempt('group+primeLength', () => crypto.generateKeyPairSync('dh', { group: 'modp14', primeLength: 512 }));
attempt('group+generator', () => crypto.generateKeyPairSync('dh', { group: 'modp14', generator: 2 }));
attempt('prime+primeLength', () => crypto.generateKeyPairSync('dh', { prime: Buffer.alloc(8), primeLength: 512 }));
attempt('unknown group', () => crypto.generateKeyPairSync('dh', { group: 'modp99' }));
attempt('group number', () => crypto.generateKeyPairSync('dh', { group: 14 }));
attempt('prime string', () => crypto.generateKeyPairSync('dh', { prime: 'abc' }));
attempt('primeLength string', () => crypto.generateKeyPairSync('dh', { primeLength: '512' }));
attempt('generator string', () => crypto.generateKeyPairSync('dh', { primeLength: 512, generator: '2' }));
attempt('primeLength 256', () => crypto.generateKeyPairSync('dh', { primeLength: 256 }));
attempt('prime of 256 bits', () => crypto.generateKeyPairSync('dh', { prime: crypto.createDiffieHellman(256).getPrime() }));
attempt('generator -1', () => crypto.generateKeyPairSync('dh', { primeLength: 512, generator: -1 }));
crypto.generateKeyPair('dh', { group: 'modp15' }, (err, pub, priv) => console.log('async', err, pub.type, priv.asymmetricKeyType));
