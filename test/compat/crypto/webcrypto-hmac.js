// HMAC in Web Crypto: RFC 4231 known answers, raw/jwk import and export, length, verify.
const { hex, bytes, ascii } = require('./_util');
const { subtle } = globalThis.crypto;

async function main() {
  // RFC 4231 test case 2.
  const key = await subtle.importKey('raw', ascii('Jefe'), { name: 'HMAC', hash: 'SHA-256' }, true, ['sign', 'verify']);
  console.log(key.type, key.extractable, key.algorithm, key.usages);
  const data = ascii('what do ya want for nothing?');
  const mac = await subtle.sign('HMAC', key, data);
  console.log(hex(mac));
  console.log(await subtle.verify('HMAC', key, mac, data), await subtle.verify({ name: 'hmac' }, key, new Uint8Array(32), data));
  console.log(await subtle.verify('HMAC', key, mac.slice(0, 31), data));
  for (const hash of ['SHA-1', 'SHA-384', { name: 'SHA-512' }]) {
    const k = await subtle.importKey('raw', ascii('Jefe'), { name: 'HMAC', hash }, true, ['sign']);
    console.log(k.algorithm.hash, hex(await subtle.sign('HMAC', k, data)));
    console.log(await subtle.exportKey('jwk', k));
  }
  const jwk = await subtle.exportKey('jwk', key);
  console.log(jwk);
  const back = await subtle.importKey('jwk', jwk, { name: 'HMAC', hash: 'SHA-256' }, false, ['verify']);
  console.log(back.extractable, back.usages, await subtle.verify('HMAC', back, mac, data));
  console.log(hex(await subtle.exportKey('raw', key)));
  const trimmed = await subtle.importKey('raw', bytes('ffff'), { name: 'HMAC', hash: 'SHA-1', length: 12 }, true, ['sign']);
  console.log(trimmed.algorithm.length);
  const gen = await subtle.generateKey({ name: 'HMAC', hash: 'SHA-384' }, true, ['sign']);
  console.log(gen.algorithm, (await subtle.exportKey('raw', gen)).byteLength);
  const gen2 = await subtle.generateKey({ name: 'HMAC', hash: 'SHA-1', length: 72 }, true, ['verify']);
  console.log(gen2.algorithm.length, (await subtle.exportKey('raw', gen2)).byteLength);
  const nodeKey = require('crypto').KeyObject.from(key);
  console.log(nodeKey.type, require('crypto').createHmac('sha256', key).update(data).digest('hex') === hex(mac));
  const bad = [
    () => subtle.importKey('raw', ascii('k'), 'HMAC', true, ['sign']),
    () => subtle.importKey('raw', new Uint8Array(0), { name: 'HMAC', hash: 'SHA-256' }, true, ['sign']),
    () => subtle.importKey('raw', ascii('k'), { name: 'HMAC', hash: 'SHA-256' }, true, ['encrypt']),
    () => subtle.importKey('raw', ascii('k'), { name: 'HMAC', hash: 'SHA-256' }, true, []),
    () => subtle.importKey('raw', ascii('k'), { name: 'HMAC', hash: 'SHA-256', length: 100 }, true, ['sign']),
    () => subtle.importKey('jwk', { kty: 'RSA' }, { name: 'HMAC', hash: 'SHA-256' }, true, ['sign']),
    () => subtle.importKey('jwk', { ...jwk, alg: 'HS512' }, { name: 'HMAC', hash: 'SHA-256' }, true, ['sign']),
    () => subtle.importKey('jwk', { ...jwk, ext: false }, { name: 'HMAC', hash: 'SHA-256' }, true, ['sign']),
    () => subtle.importKey('jwk', { ...jwk, key_ops: ['verify'] }, { name: 'HMAC', hash: 'SHA-256' }, true, ['sign']),
    () => subtle.importKey('spki', ascii('k'), { name: 'HMAC', hash: 'SHA-256' }, true, ['sign']),
    () => subtle.exportKey('spki', key),
    () => subtle.exportKey('pkcs8', key),
    () => subtle.exportKey('raw', back),
    () => subtle.sign('HMAC', back, data),
    () => subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, true, []),
    () => subtle.generateKey({ name: 'HMAC' }, true, ['sign']),
  ];
  for (const f of bad) {
    try { await f(); console.log('resolved'); } catch (e) { console.log(e.name, e.code, e.message); }
  }
}
main();
