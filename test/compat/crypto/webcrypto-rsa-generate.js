// generateKey for the RSA algorithms: modulus lengths, public exponents, hashes, and the JWK alg of each.
const { subtle } = globalThis.crypto;
(async () => {
  for (const [name, hash, exp, usages] of [['RSASSA-PKCS1-v1_5', 'SHA-1', [1, 0, 1], ['sign', 'verify']],
    ['RSA-PSS', 'SHA-384', [3], ['sign']], ['RSA-OAEP', 'SHA-512', [1, 0, 1], ['encrypt', 'unwrapKey']]]) {
    const pair = await subtle.generateKey({ name, modulusLength: 1024, publicExponent: new Uint8Array(exp), hash }, true, usages);
    const pub = await subtle.exportKey('jwk', pair.publicKey);
    console.log(name, pair.publicKey.algorithm.modulusLength, Array.from(pair.privateKey.algorithm.publicExponent),
      pair.privateKey.algorithm.hash, pub.alg, pub.e, pair.publicKey.usages, pair.privateKey.usages);
  }
  for (const f of [
    () => subtle.generateKey({ name: 'RSA-PSS', modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]) }, true, ['sign']),
    () => subtle.generateKey({ name: 'RSA-PSS', publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-1' }, true, ['sign']),
    () => subtle.generateKey({ name: 'RSA-OAEP', modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-1' }, true, ['sign']),
    () => subtle.generateKey({ name: 'RSA-OAEP', modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-1' }, true, ['encrypt']),
  ]) {
    try { await f(); console.log('ok'); } catch (e) { console.log(e.name, e.code, e.message); }
  }
})();
