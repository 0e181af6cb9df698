// Which usages each algorithm accepts at generateKey, and how pairs split them.
const { subtle } = globalThis.crypto;
const all = ['encrypt', 'decrypt', 'sign', 'verify', 'deriveKey', 'deriveBits', 'wrapKey', 'unwrapKey'];
(async () => {
  const algs = [{ name: 'AES-CTR', length: 128 }, { name: 'AES-CBC', length: 128 }, { name: 'AES-GCM', length: 128 },
    { name: 'AES-KW', length: 128 }, { name: 'HMAC', hash: 'SHA-256' }, { name: 'ECDSA', namedCurve: 'P-256' },
    { name: 'ECDH', namedCurve: 'P-256' }, 'Ed25519', 'X25519'];
  for (const alg of algs) {
    const ok = [];
    for (const u of all) {
      try { await subtle.generateKey(alg, true, [u]); ok.push(u); } catch (e) { if (e.name !== 'SyntaxError') ok.push(`${u}!${e.name}`); }
    }
    console.log(alg.name ?? alg, ok.join(','));
  }
  const pair = await subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits', 'deriveKey', 'deriveBits']);
  console.log(pair.publicKey.usages, pair.privateKey.usages);
  const aes = await subtle.generateKey({ name: 'AES-CBC', length: 128 }, true, ['unwrapKey', 'encrypt', 'encrypt']);
  console.log(aes.usages, aes.usages === aes.usages);
})();
