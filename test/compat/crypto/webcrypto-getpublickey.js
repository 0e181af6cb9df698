// subtle.getPublicKey for each asymmetric algorithm: usages, algorithm copy, matching exports.
const { subtle } = globalThis.crypto;
(async () => {
  const algs = [[{ name: 'ECDSA', namedCurve: 'P-256' }, ['sign', 'verify'], ['verify']],
    [{ name: 'ECDH', namedCurve: 'P-384' }, ['deriveBits'], []], ['Ed25519', ['sign', 'verify'], ['verify']],
    ['X25519', ['deriveKey'], []],
    [{ name: 'RSA-OAEP', modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' }, ['decrypt', 'encrypt'], ['encrypt']]];
  for (const [alg, usages, pubUsages] of algs) {
    const pair = await subtle.generateKey(alg, false, usages);
    const pub = await subtle.getPublicKey(pair.privateKey, pubUsages);
    const a = Buffer.from(await subtle.exportKey('spki', pub)).toString('hex');
    const b = Buffer.from(await subtle.exportKey('spki', pair.publicKey)).toString('hex');
    console.log(pub.algorithm.name, pub.type, pub.extractable, pub.usages, a === b, pub.algorithm !== pair.privateKey.algorithm);
  }
  const pair = await subtle.generateKey('Ed25519', true, ['sign']);
  for (const f of [() => subtle.getPublicKey(pair.publicKey, []), () => subtle.getPublicKey(pair.privateKey, ['sign']),
                   () => subtle.getPublicKey({}, []), () => subtle.getPublicKey(pair.privateKey)]) {
    try { await f(); console.log('ok'); } catch (e) { console.log(e.name, e.code, e.message); }
  }
})();
