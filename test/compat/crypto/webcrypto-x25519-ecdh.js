// Key agreement in Web Crypto: X25519 (RFC 7748 section 6.1) and ECDH on P-256/P-384.
const { hex, bytes } = require('./_util');
const { subtle } = globalThis.crypto;
const b64u = (h) => Buffer.from(h, 'hex').toString('base64url');

async function main() {
  const alice = await subtle.importKey('jwk', { kty: 'OKP', crv: 'X25519',
    d: b64u('77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a'),
    x: b64u('8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a') }, 'X25519', true, ['deriveBits', 'deriveKey']);
  const bobPub = await subtle.importKey('raw', bytes('de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f'), 'X25519', true, []);
  console.log(alice.type, alice.algorithm, alice.usages, bobPub.type, bobPub.usages);
  console.log(hex(await subtle.deriveBits({ name: 'X25519', public: bobPub }, alice, 256)));
  console.log(hex(await subtle.deriveBits({ name: 'X25519', public: bobPub }, alice, 12)));
  console.log(hex(await subtle.deriveBits({ name: 'X25519', public: bobPub }, alice, null)));
  console.log(hex(await subtle.exportKey('raw', bobPub)));
  console.log(await subtle.exportKey('jwk', bobPub));
  const aes = await subtle.deriveKey({ name: 'X25519', public: bobPub }, alice, { name: 'AES-KW', length: 128 }, true, ['wrapKey']);
  console.log(aes.algorithm, hex(await subtle.exportKey('raw', aes)));
  for (const namedCurve of ['P-256', 'P-384', 'P-521']) {
    const a = await subtle.generateKey({ name: 'ECDH', namedCurve }, true, ['deriveBits', 'deriveKey']);
    const b = await subtle.generateKey({ name: 'ECDH', namedCurve }, false, ['deriveBits']);
    const ab = await subtle.deriveBits({ name: 'ECDH', public: b.publicKey }, a.privateKey, null);
    const ba = await subtle.deriveBits({ name: 'ECDH', public: a.publicKey }, b.privateKey, null);
    console.log(namedCurve, ab.byteLength, hex(ab) === hex(ba), a.publicKey.usages, a.privateKey.usages);
    const spki = await subtle.exportKey('spki', a.publicKey);
    const again = await subtle.importKey('spki', spki, { name: 'ECDH', namedCurve }, true, []);
    console.log(hex(await subtle.deriveBits({ name: 'ECDH', public: again }, b.privateKey, 128)) === hex(ab).slice(0, 32));
  }
  const p256 = await subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits']);
  const p384 = await subtle.generateKey({ name: 'ECDH', namedCurve: 'P-384' }, true, ['deriveBits']);
  const x = await subtle.generateKey('X25519', true, ['deriveKey']);
  const bad = [
    () => subtle.deriveBits({ name: 'ECDH', public: p384.publicKey }, p256.privateKey, 8),
    () => subtle.deriveBits({ name: 'ECDH', public: p256.privateKey }, p256.privateKey, 8),
    () => subtle.deriveBits({ name: 'ECDH', public: x.publicKey }, p256.privateKey, 8),
    () => subtle.deriveBits({ name: 'ECDH' }, p256.privateKey, 8),
    () => subtle.deriveBits({ name: 'X25519', public: bobPub }, x.privateKey, 8),
    () => subtle.deriveBits({ name: 'ECDH', public: p256.publicKey }, p256.privateKey, 512),
    () => subtle.importKey('raw', new Uint8Array(31), 'X25519', true, []),
    () => subtle.importKey('raw', new Uint8Array(32), 'X25519', true, ['deriveBits']),
    () => subtle.generateKey('X25519', true, ['sign']),
    () => subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, []),
    () => subtle.exportKey('raw', x.privateKey),
  ];
  for (const f of bad) {
    try { await f(); console.log('resolved'); } catch (e) { console.log(e.name, e.code, e.message); }
  }
}
main();
