'use strict';
// crypto.encapsulate / decapsulate: round trips for RSA (RSASVE), EC P-256/384/521 and X25519 (DHKEM),
// shared secrets and ciphertexts the oracle made (fixtures/kem-vectors.json) recovered here, argument
// checks, key shapes (PEM, private key for encapsulate), and the callback forms, in a fixed order.
const path = require('path');
const vectors = require(path.join(__dirname, 'fixtures', 'kem-vectors.json'));
const c = require('crypto');
for (const [t, o] of [['rsa', { modulusLength: 2048 }], ['ec', { namedCurve: 'P-256' }], ['ec', { namedCurve: 'P-384' }], ['ec', { namedCurve: 'P-521' }], ['x25519'], ['ed25519']]) {
  try { const { publicKey, privateKey } = c.generateKeyPairSync(t, o); const r = c.encapsulate(publicKey); const k = c.decapsulate(privateKey, r.ciphertext); console.log(t, Object.keys(r), r.sharedKey.length, r.ciphertext.length, k.equals(r.sharedKey), r.sharedKey.constructor.name, c.encapsulate(privateKey).sharedKey.length); } catch (e) { console.log(t, e.name, e.code, e.message); }
}
const { publicKey, privateKey } = c.generateKeyPairSync('x25519');
for (const a of [[], [1], [publicKey, 1], [c.createSecretKey(Buffer.alloc(16))]]) try { c.encapsulate(...a); console.log('ok'); } catch (e) { console.log('enc', e.name, e.code, e.message); }
for (const a of [[privateKey], [privateKey, 1], [privateKey, Buffer.alloc(3)], [publicKey, Buffer.alloc(32)], [privateKey, Buffer.alloc(32), 1]]) try { console.log(c.decapsulate(...a)); } catch (e) { console.log('dec', e.name, e.code, e.message); }
const pem = privateKey.export({ type: 'pkcs8', format: 'pem' });
const r = c.encapsulate(pem);
console.log(c.decapsulate(pem, r.ciphertext).equals(r.sharedKey), c.decapsulate(privateKey, new Uint8Array(r.ciphertext)).length);
console.log(c.encapsulate.length, c.decapsulate.length);
c.encapsulate(publicKey, function (err, res) {
  console.log('cb', err, Object.keys(res), arguments.length);
  c.decapsulate(privateKey, res.ciphertext, (e, k) => {
    console.log('dcb', e, k.equals(res.sharedKey));
    c.decapsulate(privateKey, Buffer.alloc(5), (e2, k2) => {
      console.log('dcb bad', e2.code, e2.message, k2);
      const ed = c.generateKeyPairSync('ed25519');
      c.encapsulate(ed.publicKey, (e3, res3) => console.log('ed cb', e3.code, e3.message, res3));
    });
  });
});
console.log('sync end');
for (const [name, v] of Object.entries(vectors)) {
  const shared = c.decapsulate(v.key, Buffer.from(v.ciphertext, 'base64'));
  console.log('oracle vector', name, shared.toString('hex') === v.sharedKey, shared.length);
}
