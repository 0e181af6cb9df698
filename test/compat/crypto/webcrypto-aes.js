// AES-GCM, AES-CBC and AES-CTR in Web Crypto: known answers, parameters, and round trips.
const { hex, bytes, ascii } = require('./_util');
const { subtle } = globalThis.crypto;

async function main() {
  // NIST GCM test case 4 (AES-128, 60-byte plaintext with AAD).
  const k = await subtle.importKey('raw', bytes('feffe9928665731c6d6a8f9467308308'), 'AES-GCM', true, ['encrypt', 'decrypt']);
  console.log(k.algorithm, k.usages);
  const iv = bytes('cafebabefacedbaddecaf888');
  const pt = bytes('d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39');
  const aad = bytes('feedfacedeadbeeffeedfacedeadbeefabaddad2');
  const ct = await subtle.encrypt({ name: 'AES-GCM', iv, additionalData: aad }, k, pt);
  console.log(ct.byteLength, hex(ct));
  console.log(hex(await subtle.decrypt({ name: 'AES-GCM', iv, additionalData: aad }, k, ct)) === hex(pt));
  const short = await subtle.encrypt({ name: 'AES-GCM', iv, additionalData: aad, tagLength: 96 }, k, pt);
  console.log(short.byteLength, hex(short).slice(-24));
  const tampered = new Uint8Array(ct); tampered[0] ^= 1;
  try { await subtle.decrypt({ name: 'AES-GCM', iv, additionalData: aad }, k, tampered); } catch (e) { console.log(e.name, e.message); }
  try { await subtle.decrypt({ name: 'AES-GCM', iv }, k, ct); } catch (e) { console.log(e.name, e.message); }
  // SP 800-38A F.2.1 CBC-AES128 (first block) plus PKCS#7 padding.
  const cbcKey = await subtle.importKey('raw', bytes('2b7e151628aed2a6abf7158809cf4f3c'), { name: 'AES-CBC' }, false, ['encrypt', 'decrypt']);
  const cbc = await subtle.encrypt({ name: 'AES-CBC', iv: bytes('000102030405060708090a0b0c0d0e0f') }, cbcKey, bytes('6bc1bee22e409f96e93d7e117393172a'));
  console.log(hex(cbc));
  console.log(hex(await subtle.decrypt({ name: 'AES-CBC', iv: bytes('000102030405060708090a0b0c0d0e0f') }, cbcKey, cbc)));
  try { await subtle.decrypt({ name: 'AES-CBC', iv: new Uint8Array(16) }, cbcKey, new Uint8Array(16)); } catch (e) { console.log(e.name, e.message); }
  // SP 800-38A F.5.1 CTR-AES128.
  const ctrKey = await subtle.importKey('raw', bytes('2b7e151628aed2a6abf7158809cf4f3c'), 'AES-CTR', true, ['encrypt', 'decrypt']);
  const counter = bytes('f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff');
  const ctr = await subtle.encrypt({ name: 'AES-CTR', counter, length: 64 }, ctrKey, bytes('6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e51'));
  console.log(hex(ctr));
  console.log(hex(await subtle.decrypt({ name: 'AES-CTR', counter, length: 64 }, ctrKey, ctr)));
  for (const length of [128, 192, 256]) {
    const g = await subtle.generateKey({ name: 'AES-GCM', length }, true, ['encrypt', 'decrypt']);
    const e = await subtle.encrypt({ name: 'AES-GCM', iv: new Uint8Array(12) }, g, ascii('hello'));
    console.log(length, g.algorithm.length, e.byteLength, new TextDecoder().decode(await subtle.decrypt({ name: 'AES-GCM', iv: new Uint8Array(12) }, g, e)));
    console.log(await subtle.exportKey('jwk', g).then((j) => [j.alg, j.kty, j.key_ops, j.ext]));
  }
  const j = await subtle.exportKey('jwk', ctrKey);
  console.log(j);
  const k2 = await subtle.importKey('jwk', j, 'AES-CTR', true, ['encrypt']);
  console.log(k2.algorithm, hex(await subtle.exportKey('raw', k2)));
  const bad = [
    () => subtle.encrypt({ name: 'AES-CBC', iv: new Uint8Array(8) }, cbcKey, pt),
    () => subtle.encrypt({ name: 'AES-CBC' }, cbcKey, pt),
    () => subtle.encrypt({ name: 'AES-GCM', iv }, cbcKey, pt),
    () => subtle.encrypt({ name: 'AES-GCM', iv, tagLength: 100 }, k, pt),
    () => subtle.encrypt({ name: 'AES-CTR', counter }, ctrKey, pt),
    () => subtle.encrypt({ name: 'AES-CTR', counter: new Uint8Array(8), length: 64 }, ctrKey, pt),
    () => subtle.encrypt({ name: 'AES-CTR', counter, length: 0 }, ctrKey, pt),
    () => subtle.importKey('raw', new Uint8Array(15), 'AES-GCM', true, ['encrypt']),
    () => subtle.importKey('raw', new Uint8Array(16), 'AES-GCM', true, ['sign']),
    () => subtle.importKey('raw', new Uint8Array(16), 'AES-GCM', true, []),
    () => subtle.importKey('jwk', { kty: 'oct' }, 'AES-GCM', true, ['encrypt']),
    () => subtle.importKey('jwk', { ...j, alg: 'A128GCM' }, 'AES-CTR', true, ['encrypt']),
    () => subtle.generateKey({ name: 'AES-GCM', length: 100 }, true, ['encrypt']),
    () => subtle.generateKey({ name: 'AES-GCM' }, true, ['encrypt']),
    () => subtle.generateKey({ name: 'AES-CBC', length: 128 }, true, ['verify']),
  ];
  for (const f of bad) {
    try { await f(); console.log('resolved'); } catch (e) { console.log(e.name, e.code, e.message); }
  }
}
main();
