// SubtleCrypto's WebIDL argument checks: counts, BufferSource, CryptoKey, enums, usages, algorithm objects.
const { subtle } = globalThis.crypto;

async function main() {
  const key = await subtle.importKey('raw', new Uint8Array(16), 'AES-GCM', true, ['encrypt']);
  const cases = [
    () => subtle.encrypt(),
    () => subtle.encrypt({ name: 'AES-GCM', iv: new Uint8Array(12) }, key),
    () => subtle.decrypt({ name: 'AES-GCM', iv: new Uint8Array(12) }, {}, new Uint8Array(1)),
    () => subtle.encrypt({ name: 'AES-GCM', iv: new Uint8Array(12) }, key, 'text'),
    () => subtle.sign('HMAC', key),
    () => subtle.sign('HMAC', null, new Uint8Array(1)),
    () => subtle.verify('HMAC', key, new Uint8Array(1)),
    () => subtle.verify('HMAC', key, 'sig', new Uint8Array(1)),
    () => subtle.verify('HMAC', key, new Uint8Array(1), 5),
    () => subtle.generateKey({ name: 'AES-GCM', length: 128 }, true),
    () => subtle.generateKey({ name: 'AES-GCM', length: 128 }, true, 'encrypt'),
    () => subtle.generateKey({ name: 'AES-GCM', length: 128 }, true, ['encrypt', 'bogus']),
    () => subtle.generateKey({ name: 'AES-GCM', length: 128 }, true, null),
    () => subtle.generateKey({ name: 'FOO' }, true, ['encrypt']),
    () => subtle.generateKey({ name: 'SHA-256' }, true, ['encrypt']),
    () => subtle.generateKey({ length: 128 }, true, ['encrypt']),
    () => subtle.importKey('raw', new Uint8Array(16), 'AES-GCM', true),
    () => subtle.importKey('pem', new Uint8Array(16), 'AES-GCM', true, ['encrypt']),
    () => subtle.importKey('raw', 'abc', 'AES-GCM', true, ['encrypt']),
    () => subtle.importKey('jwk', 'abc', 'AES-GCM', true, ['encrypt']),
    () => subtle.importKey('raw', new Uint8Array(16), 'ECDSA', true, ['sign']),
    () => subtle.importKey('raw', new Uint8Array(16), 'RSA-OAEP', true, ['encrypt']),
    () => subtle.exportKey('raw'),
    () => subtle.exportKey('raw', {}),
    () => subtle.exportKey(1, key),
    () => subtle.deriveBits({ name: 'HKDF' }),
    () => subtle.deriveBits({ name: 'HKDF' }, key, 8),
    () => subtle.deriveKey({ name: 'HKDF' }, key, 'AES-GCM', true),
    () => subtle.wrapKey('raw', key, key),
    () => subtle.unwrapKey('raw', new Uint8Array(8), key, 'AES-KW', 'AES-GCM', true),
    () => subtle.unwrapKey('raw', 'x', key, 'AES-KW', 'AES-GCM', true, []),
    () => subtle.digest.call(null, 'SHA-1', new Uint8Array(1)),
    () => subtle.exportKey.call(crypto, 'raw', key),
  ];
  for (const f of cases) {
    try { await f(); console.log('resolved'); } catch (e) { console.log(e.name, e.code, e.message); }
  }
  for (const [op, alg] of [['digest', 'SHA-256'], ['digest', 'MD5'], ['sign', 'HMAC'], ['encrypt', 'AES-GCM'],
                           ['generateKey', 'Ed25519'], ['deriveBits', 'PBKDF2'], ['nonsense', 'SHA-1'],
                           ['importKey', 'HKDF'], ['encrypt', 'AES-KW']]) {
    console.log(op, alg, SubtleCrypto.supports(op, alg));
  }
}
main();
