// PBKDF2 and HKDF in Web Crypto: RFC 6070 / RFC 5869 known answers through deriveBits and deriveKey.
const { hex, bytes, ascii } = require('./_util');
const { subtle } = globalThis.crypto;

async function main() {
  const pw = await subtle.importKey('raw', ascii('password'), 'PBKDF2', false, ['deriveBits', 'deriveKey']);
  console.log(pw.algorithm, pw.usages, pw.extractable, pw.type);
  for (const iterations of [1, 2, 4096]) {
    const bits = await subtle.deriveBits({ name: 'PBKDF2', salt: ascii('salt'), iterations, hash: 'SHA-1' }, pw, 160);
    console.log(iterations, hex(bits));
  }
  console.log(hex(await subtle.deriveBits({ name: 'PBKDF2', salt: ascii('salt'), iterations: 1, hash: 'SHA-256' }, pw, 256)));
  console.log((await subtle.deriveBits({ name: 'PBKDF2', salt: ascii('salt'), iterations: 1, hash: 'SHA-256' }, pw, 0)).byteLength);
  // RFC 5869 test case 1.
  const ikm = await subtle.importKey('raw', bytes('0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b'), 'HKDF', false, ['deriveBits', 'deriveKey']);
  const params = { name: 'HKDF', hash: 'SHA-256', salt: bytes('000102030405060708090a0b0c'), info: bytes('f0f1f2f3f4f5f6f7f8f9') };
  console.log(hex(await subtle.deriveBits(params, ikm, 336)));
  console.log(hex(await subtle.deriveBits({ ...params, hash: 'SHA-1' }, ikm, 128)));
  const aes = await subtle.deriveKey(params, ikm, { name: 'AES-GCM', length: 256 }, true, ['encrypt']);
  console.log(aes.algorithm, aes.usages, hex(await subtle.exportKey('raw', aes)));
  const hmac = await subtle.deriveKey({ name: 'PBKDF2', salt: ascii('salt'), iterations: 2, hash: 'SHA-256' }, pw,
    { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  console.log(hmac.algorithm, hmac.extractable);
  const hmac2 = await subtle.deriveKey({ name: 'PBKDF2', salt: ascii('salt'), iterations: 2, hash: 'SHA-256' }, pw,
    { name: 'HMAC', hash: 'SHA-1', length: 128 }, true, ['sign']);
  console.log(hmac2.algorithm, hex(await subtle.exportKey('raw', hmac2)));
  const bitsOnly = await subtle.importKey('raw', ascii('p'), 'PBKDF2', false, ['deriveBits']);
  const bad = [
    () => subtle.deriveBits({ name: 'PBKDF2', salt: ascii('s'), iterations: 0, hash: 'SHA-1' }, pw, 8),
    () => subtle.deriveBits({ name: 'PBKDF2', salt: ascii('s'), iterations: 1, hash: 'SHA-1' }, pw, 7),
    () => subtle.deriveBits({ name: 'PBKDF2', salt: ascii('s'), iterations: 1, hash: 'SHA-1' }, pw, null),
    () => subtle.deriveBits({ name: 'PBKDF2', salt: ascii('s'), hash: 'SHA-1' }, pw, 8),
    () => subtle.deriveBits({ name: 'PBKDF2', iterations: 1, hash: 'SHA-1' }, pw, 8),
    () => subtle.deriveBits({ name: 'HKDF', hash: 'SHA-256', salt: ascii('s') }, ikm, 8),
    () => subtle.deriveBits({ ...params }, pw, 8),
    () => subtle.deriveBits({ ...params }, ikm, 7),
    () => subtle.deriveKey({ name: 'PBKDF2', salt: ascii('s'), iterations: 1, hash: 'SHA-1' }, bitsOnly, { name: 'AES-CBC', length: 128 }, true, ['encrypt']),
    () => subtle.deriveKey(params, ikm, { name: 'AES-CBC', length: 100 }, true, ['encrypt']),
    () => subtle.deriveKey(params, ikm, { name: 'AES-CBC' }, true, ['encrypt']),
    () => subtle.importKey('raw', ascii('p'), 'PBKDF2', true, ['deriveBits']),
    () => subtle.importKey('raw', ascii('p'), 'HKDF', false, ['sign']),
    () => subtle.exportKey('raw', pw),
    () => subtle.generateKey('PBKDF2', false, ['deriveBits']),
  ];
  for (const f of bad) {
    try { await f(); console.log('resolved'); } catch (e) { console.log(e.name, e.code, e.message); }
  }
}
main();
