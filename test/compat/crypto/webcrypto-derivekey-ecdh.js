// deriveKey from ECDH and X25519 into AES and HMAC keys; both sides get the same key.
const { subtle } = globalThis.crypto;
(async () => {
  for (const alg of [{ name: 'ECDH', namedCurve: 'P-256' }, { name: 'ECDH', namedCurve: 'P-521' }, 'X25519']) {
    const a = await subtle.generateKey(alg, true, ['deriveKey']);
    const b = await subtle.generateKey(alg, true, ['deriveKey']);
    const name = alg.name ?? alg;
    for (const target of [{ name: 'AES-GCM', length: 256 }, { name: 'AES-CBC', length: 128 }, { name: 'HMAC', hash: 'SHA-256', length: 128 }]) {
      const k1 = await subtle.deriveKey({ name, public: b.publicKey }, a.privateKey, target, true, ['encrypt', 'sign'].filter((u) => (target.name === 'HMAC') === (u === 'sign')));
      const k2 = await subtle.deriveKey({ name, public: a.publicKey }, b.privateKey, target, true, k1.usages);
      const r1 = Buffer.from(await subtle.exportKey('raw', k1)).toString('hex');
      const r2 = Buffer.from(await subtle.exportKey('raw', k2)).toString('hex');
      console.log(name, target.name, k1.algorithm.length, r1.length / 2, r1 === r2, k1.usages);
    }
  }
  const a = await subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveKey']);
  try { await subtle.deriveKey({ name: 'ECDH', public: a.publicKey }, a.privateKey, { name: 'HMAC', hash: 'SHA-512' }, true, ['sign']); } catch (e) { console.log(e.name, e.message); }
  try { await subtle.deriveKey({ name: 'ECDH', public: a.publicKey }, a.privateKey, { name: 'AES-GCM', length: 256 }, true, ['sign']); } catch (e) { console.log(e.name, e.message); }
})();
