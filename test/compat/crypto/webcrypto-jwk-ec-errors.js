// importKey('jwk') for EC and OKP keys: the checks on kty, crv, use, key_ops, ext and the key material.
const { ec } = require('./_keys');
const { subtle } = globalThis.crypto;
const alg = { name: 'ECDSA', namedCurve: 'P-256' };
(async () => {
  const ok = await subtle.importKey('jwk', { ...ec, use: 'sig', key_ops: ['sign'], ext: true }, alg, true, ['sign']);
  console.log(ok.type, ok.usages);
  const cases = [
    { ...ec, crv: 'P-384' }, { ...ec, kty: 'OKP' }, { ...ec, use: 'enc' }, { ...ec, key_ops: ['verify'] },
    { ...ec, ext: false }, { ...ec, x: 'AAAA' }, { kty: 'EC', crv: 'P-256' },
  ];
  for (const jwk of cases) {
    try { await subtle.importKey('jwk', jwk, alg, true, ['sign']); console.log('ok'); } catch (e) { console.log(e.name, e.code, e.message); }
  }
  try { await subtle.importKey('jwk', { kty: 'OKP', crv: 'Ed25519', x: 'AAAA' }, 'Ed25519', true, ['verify']); console.log('ok'); } catch (e) { console.log(e.name, e.message); }
  try { await subtle.importKey('jwk', { kty: 'OKP', crv: 'Ed25519', x: ec.x, use: 'enc' }, 'Ed25519', true, ['verify']); console.log('ok'); } catch (e) { console.log(e.name, e.message); }
})();
