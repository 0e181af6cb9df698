// exportKey for every format against every kind of key: what works and the error for what does not.
const { subtle } = globalThis.crypto;
(async () => {
  const keys = {
    aes: await subtle.generateKey({ name: 'AES-GCM', length: 128 }, true, ['encrypt']),
    hmac: await subtle.generateKey({ name: 'HMAC', hash: 'SHA-1' }, true, ['sign']),
    pbkdf2: await subtle.importKey('raw', new Uint8Array(4), 'PBKDF2', false, ['deriveBits']),
    ...Object.fromEntries(Object.entries(await subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign'])).map(([k, v]) => [`ec-${k}`, v])),
    ...Object.fromEntries(Object.entries(await subtle.generateKey('Ed25519', true, ['sign'])).map(([k, v]) => [`ed-${k}`, v])),
    ...Object.fromEntries(Object.entries(await subtle.generateKey('X25519', true, ['deriveBits'])).map(([k, v]) => [`x-${k}`, v])),
  };
  for (const [label, key] of Object.entries(keys)) {
    const row = [];
    for (const format of ['raw', 'spki', 'pkcs8', 'jwk']) {
      try {
        const out = await subtle.exportKey(format, key);
        row.push(`${format}:${out instanceof ArrayBuffer ? out.byteLength : Object.keys(out).join('/')}`);
      } catch (e) {
        row.push(`${format}:${e.name}(${e.message})`);
      }
    }
    console.log(label, row.join('  '));
  }
})();
