// Ed25519 in Web Crypto: RFC 8032 test 2 through JWK and raw import, sign/verify, exports.
const { hex, bytes } = require('./_util');
const { subtle } = globalThis.crypto;
const b64u = (h) => Buffer.from(h, 'hex').toString('base64url');

async function main() {
  const d = '4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb';
  const x = '3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c';
  const priv = await subtle.importKey('jwk', { kty: 'OKP', crv: 'Ed25519', d: b64u(d), x: b64u(x) }, 'Ed25519', true, ['sign']);
  const pub = await subtle.importKey('raw', bytes(x), { name: 'Ed25519' }, true, ['verify']);
  console.log(priv.type, priv.algorithm, priv.usages, pub.type, pub.usages);
  const sig = await subtle.sign('Ed25519', priv, bytes('72'));
  console.log(hex(sig));
  console.log(await subtle.verify('Ed25519', pub, sig, bytes('72')), await subtle.verify('Ed25519', pub, sig, bytes('73')));
  console.log(await subtle.verify('Ed25519', pub, sig.slice(1), bytes('72')));
  console.log(await subtle.exportKey('jwk', priv));
  console.log(hex(await subtle.exportKey('pkcs8', priv)));
  console.log(hex(await subtle.exportKey('spki', pub)));
  const fromSpki = await subtle.importKey('spki', await subtle.exportKey('spki', pub), 'Ed25519', false, ['verify']);
  console.log(fromSpki.extractable, await subtle.verify('Ed25519', fromSpki, sig, bytes('72')));
  const fromPkcs8 = await subtle.importKey('pkcs8', await subtle.exportKey('pkcs8', priv), 'Ed25519', false, ['sign']);
  console.log(hex(await subtle.sign('Ed25519', fromPkcs8, bytes('72'))) === hex(sig));
  const derived = await subtle.getPublicKey(priv, ['verify']);
  console.log(derived.type, derived.extractable, derived.usages, hex(await subtle.exportKey('raw', derived)));
  const g = await subtle.generateKey('Ed25519', false, ['sign', 'verify']);
  console.log(g.publicKey.extractable, g.privateKey.extractable, g.publicKey.usages, g.privateKey.usages);
  const s2 = await subtle.sign({ name: 'Ed25519' }, g.privateKey, new Uint8Array(100));
  console.log(s2.byteLength, await subtle.verify('Ed25519', g.publicKey, s2, new Uint8Array(100)));
  const node = require('crypto');
  console.log(node.verify(null, Buffer.from('72', 'hex'), node.KeyObject.from(pub), Buffer.from(sig)));
  const bad = [
    () => subtle.sign('Ed25519', pub, bytes('72')),
    () => subtle.verify('Ed25519', priv, sig, bytes('72')),
    () => subtle.sign('ECDSA', priv, bytes('72')),
    () => subtle.importKey('raw', bytes(x), 'Ed25519', true, ['sign']),
    () => subtle.importKey('jwk', { kty: 'OKP', crv: 'X25519', x: b64u(x) }, 'Ed25519', true, ['verify']),
    () => subtle.importKey('jwk', { kty: 'EC', crv: 'Ed25519', x: b64u(x) }, 'Ed25519', true, ['verify']),
    () => subtle.importKey('spki', new Uint8Array(10), 'Ed25519', true, ['verify']),
    () => subtle.exportKey('raw', priv),
    () => subtle.exportKey('spki', priv),
    () => subtle.exportKey('pkcs8', pub),
    () => subtle.generateKey('Ed25519', true, ['verify']),
    () => subtle.getPublicKey(pub, ['verify']),
  ];
  for (const f of bad) {
    try { await f(); console.log('resolved'); } catch (e) { console.log(e.name, e.code, e.message); }
  }
}
main();
