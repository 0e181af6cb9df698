// HMAC generateKey: default lengths per hash, explicit lengths (bits rounded up to bytes), JWK alg names.
const { subtle } = globalThis.crypto;
(async () => {
  for (const hash of ['SHA-1', 'SHA-256', 'SHA-384', 'SHA-512']) {
    const k = await subtle.generateKey({ name: 'HMAC', hash }, true, ['sign']);
    console.log(hash, k.algorithm.length, (await subtle.exportKey('raw', k)).byteLength, (await subtle.exportKey('jwk', k)).alg);
  }
  for (const length of [8, 64, 100, 256, 1000]) {
    const k = await subtle.generateKey({ name: 'HMAC', hash: 'SHA-256', length }, true, ['verify']);
    console.log(length, k.algorithm.length, (await subtle.exportKey('raw', k)).byteLength);
  }
  try { await subtle.generateKey({ name: 'HMAC', hash: 'SHA-256', length: 0 }, true, ['sign']); } catch (e) { console.log(e.name, e.message); }
})();
