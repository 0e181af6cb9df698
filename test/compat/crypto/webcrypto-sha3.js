// SHA3 digests in Web Crypto (Node 24 marks them experimental).
const { hex, ascii } = require('./_util');
const { subtle } = globalThis.crypto;
(async () => {
  for (const name of ['SHA3-256', 'SHA3-384', 'SHA3-512']) {
    console.log(name, hex(await subtle.digest(name, ascii('abc'))));
    console.log(name, hex(await subtle.digest({ name: name.toLowerCase() }, new Uint8Array(0))).slice(0, 32));
  }
  const k = await subtle.importKey('raw', ascii('key'), { name: 'HMAC', hash: 'SHA3-256' }, true, ['sign']).catch((e) => e);
  console.log(k instanceof Error ? `${k.name} ${k.message}` : k.algorithm);
})();
