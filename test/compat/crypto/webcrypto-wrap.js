// wrapKey/unwrapKey: AES-KW (RFC 3394 section 4.1 known answer), AES-GCM and RSA-OAEP wrapping of raw and jwk keys.
const { hex, bytes } = require('./_util');
const { rsa } = require('./_keys');
const { subtle } = globalThis.crypto;

async function main() {
  const kek = await subtle.importKey('raw', bytes('000102030405060708090a0b0c0d0e0f'), 'AES-KW', true, ['wrapKey', 'unwrapKey']);
  const data = await subtle.importKey('raw', bytes('00112233445566778899aabbccddeeff'), 'AES-CBC', true, ['encrypt']);
  const wrapped = await subtle.wrapKey('raw', data, kek, 'AES-KW');
  console.log(hex(wrapped));
  const back = await subtle.unwrapKey('raw', wrapped, kek, 'AES-KW', 'AES-CBC', true, ['decrypt']);
  console.log(back.algorithm, back.usages, hex(await subtle.exportKey('raw', back)));
  const hmac = await subtle.importKey('raw', bytes('0102030405'), { name: 'HMAC', hash: 'SHA-256' }, true, ['sign']);
  const wj = await subtle.wrapKey('jwk', hmac, kek, { name: 'AES-KW' });
  console.log('jwk wrapped', wj.byteLength % 8, wj.byteLength);
  const hj = await subtle.unwrapKey('jwk', wj, kek, 'AES-KW', { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  console.log(hj.algorithm, hj.extractable);
  const gcm = await subtle.importKey('raw', new Uint8Array(32).fill(3), 'AES-GCM', false, ['wrapKey', 'unwrapKey']);
  const iv = new Uint8Array(12).fill(4);
  const wg = await subtle.wrapKey('raw', hmac, gcm, { name: 'AES-GCM', iv });
  console.log(hex(wg));
  const ug = await subtle.unwrapKey('raw', wg, gcm, { name: 'AES-GCM', iv }, { name: 'HMAC', hash: 'SHA-1' }, true, ['verify']);
  console.log(ug.algorithm, hex(await subtle.exportKey('raw', ug)));
  const wjg = await subtle.wrapKey('jwk', hmac, gcm, { name: 'AES-GCM', iv });
  console.log(new TextDecoder().decode((await subtle.decrypt) && new Uint8Array(0)), wjg.byteLength);
  const oaepPub = await subtle.importKey('jwk', { kty: 'RSA', n: rsa.n, e: rsa.e }, { name: 'RSA-OAEP', hash: 'SHA-256' }, true, ['wrapKey']);
  const oaepPriv = await subtle.importKey('jwk', rsa, { name: 'RSA-OAEP', hash: 'SHA-256' }, true, ['unwrapKey']);
  const wr = await subtle.wrapKey('raw', data, oaepPub, 'RSA-OAEP');
  const ur = await subtle.unwrapKey('raw', wr, oaepPriv, 'RSA-OAEP', 'AES-GCM', true, ['encrypt']);
  console.log(wr.byteLength, ur.algorithm, hex(await subtle.exportKey('raw', ur)));
  const notExtractable = await subtle.importKey('raw', new Uint8Array(16), 'AES-GCM', false, ['encrypt']);
  const encryptOnly = await subtle.importKey('raw', new Uint8Array(16), 'AES-GCM', false, ['encrypt']);
  const bad = [
    () => subtle.wrapKey('raw', notExtractable, kek, 'AES-KW'),
    () => subtle.wrapKey('raw', data, encryptOnly, { name: 'AES-GCM', iv }),
    () => subtle.wrapKey('raw', data, kek, 'AES-GCM'),
    () => subtle.wrapKey('raw', data, kek, 'HMAC'),
    () => subtle.wrapKey('raw', hmac, kek, 'AES-KW'),
    () => subtle.unwrapKey('raw', new Uint8Array(24), kek, 'AES-KW', 'AES-CBC', true, ['decrypt']),
    () => subtle.unwrapKey('raw', wrapped, kek, 'AES-KW', 'AES-CBC', true, ['sign']),
    () => subtle.unwrapKey('raw', wrapped, kek, 'AES-KW', 'AES-CBC', true),
    () => subtle.wrapKey('pem', data, kek, 'AES-KW'),
  ];
  for (const f of bad) {
    try { await f(); console.log('resolved'); } catch (e) { console.log(e.name, e.code, e.message); }
  }
}
main();
