// RSA in Web Crypto: RSASSA-PKCS1-v1_5 known answers, RSA-PSS and RSA-OAEP round trips, import/export.
const { hex, ascii } = require('./_util');
const { rsa } = require('./_keys');
const { subtle } = globalThis.crypto;

async function main() {
  const pubJwk = { kty: 'RSA', n: rsa.n, e: rsa.e };
  const priv = await subtle.importKey('jwk', rsa, { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, true, ['sign']);
  const pub = await subtle.importKey('jwk', pubJwk, { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, true, ['verify']);
  console.log(priv.type, priv.algorithm, priv.usages, pub.usages);
  const sig = await subtle.sign('RSASSA-PKCS1-v1_5', priv, ascii('message'));
  console.log(hex(sig));
  console.log(await subtle.verify('RSASSA-PKCS1-v1_5', pub, sig, ascii('message')), await subtle.verify('RSASSA-PKCS1-v1_5', pub, sig, ascii('other')));
  const j = await subtle.exportKey('jwk', priv);
  console.log(Object.keys(j), j.alg, j.key_ops, j.n === rsa.n);
  console.log(await subtle.exportKey('jwk', pub).then((k) => [k.alg, k.kty, k.e, k.key_ops]));
  const spki = await subtle.exportKey('spki', pub);
  const pkcs8 = await subtle.exportKey('pkcs8', priv);
  console.log(spki.byteLength, hex(spki).slice(0, 60));
  const priv384 = await subtle.importKey('pkcs8', pkcs8, { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-384' }, false, ['sign']);
  console.log(priv384.algorithm.hash, hex(await subtle.sign('RSASSA-PKCS1-v1_5', priv384, ascii('message'))).slice(0, 64));
  const pss = await subtle.importKey('pkcs8', pkcs8, { name: 'RSA-PSS', hash: 'SHA-256' }, false, ['sign']);
  const pssPub = await subtle.importKey('spki', spki, { name: 'RSA-PSS', hash: 'SHA-256' }, true, ['verify']);
  for (const saltLength of [0, 20, 32]) {
    const s = await subtle.sign({ name: 'RSA-PSS', saltLength }, pss, ascii('pss'));
    console.log('pss', saltLength, s.byteLength, await subtle.verify({ name: 'RSA-PSS', saltLength }, pssPub, s, ascii('pss')));
  }
  const pss0a = await subtle.sign({ name: 'RSA-PSS', saltLength: 0 }, pss, ascii('pss'));
  const pss0b = await subtle.sign({ name: 'RSA-PSS', saltLength: 0 }, pss, ascii('pss'));
  console.log('salt 0 is deterministic', hex(pss0a) === hex(pss0b));
  console.log(await subtle.exportKey('jwk', pssPub).then((k) => k.alg));
  const oaepPub = await subtle.importKey('jwk', pubJwk, { name: 'RSA-OAEP', hash: 'SHA-256' }, true, ['encrypt', 'wrapKey']);
  const oaepPriv = await subtle.importKey('jwk', rsa, { name: 'RSA-OAEP', hash: 'SHA-256' }, true, ['decrypt']);
  console.log(oaepPub.usages, await subtle.exportKey('jwk', oaepPub).then((k) => k.alg));
  const ct = await subtle.encrypt({ name: 'RSA-OAEP', label: ascii('L') }, oaepPub, ascii('secret'));
  console.log(ct.byteLength, new TextDecoder().decode(await subtle.decrypt({ name: 'RSA-OAEP', label: ascii('L') }, oaepPriv, ct)));
  const ct2 = await subtle.encrypt('RSA-OAEP', oaepPub, ascii('no label'));
  console.log(new TextDecoder().decode(await subtle.decrypt({ name: 'RSA-OAEP' }, oaepPriv, ct2)));
  const g = await subtle.generateKey({ name: 'RSA-OAEP', modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-1' }, true, ['encrypt', 'decrypt']);
  console.log(g.publicKey.algorithm, g.privateKey.usages);
  console.log(await subtle.exportKey('jwk', g.privateKey).then((k) => k.alg));
  const bad = [
    () => subtle.decrypt({ name: 'RSA-OAEP', label: ascii('X') }, oaepPriv, ct),
    () => subtle.decrypt({ name: 'RSA-OAEP' }, oaepPub, ct),
    () => subtle.encrypt({ name: 'RSA-OAEP' }, oaepPriv, ct),
    () => subtle.sign({ name: 'RSA-PSS' }, pss, ascii('x')),
    () => subtle.sign('RSASSA-PKCS1-v1_5', pss, ascii('x')),
    () => subtle.importKey('jwk', rsa, { name: 'RSA-PSS' }, true, ['sign']),
    () => subtle.importKey('jwk', rsa, { name: 'RSA-PSS', hash: 'SHA-256' }, true, ['verify']),
    () => subtle.importKey('jwk', { ...rsa, alg: 'RS256' }, { name: 'RSA-PSS', hash: 'SHA-256' }, true, ['sign']),
    () => subtle.importKey('raw', spki, { name: 'RSA-OAEP', hash: 'SHA-256' }, true, ['encrypt']),
    () => subtle.importKey('spki', pkcs8, { name: 'RSA-OAEP', hash: 'SHA-256' }, true, ['encrypt']),
    () => subtle.exportKey('raw', pub),
    () => subtle.exportKey('pkcs8', pss),
    () => subtle.generateKey({ name: 'RSA-PSS', modulusLength: 1024, hash: 'SHA-1' }, true, ['sign']),
    () => subtle.generateKey({ name: 'RSA-PSS', modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-1' }, true, ['verify']),
  ];
  for (const f of bad) {
    try { await f(); console.log('resolved'); } catch (e) { console.log(e.name, e.code, e.message); }
  }
}
main();
