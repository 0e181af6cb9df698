// ECDSA in Web Crypto: P1363 signatures, hashes, every import/export format, compressed points.
const { hex, ascii } = require('./_util');
const { ec } = require('./_keys');
const { subtle } = globalThis.crypto;

async function main() {
  const priv = await subtle.importKey('jwk', ec, { name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign']);
  const pub = await subtle.importKey('jwk', { kty: 'EC', crv: 'P-256', x: ec.x, y: ec.y }, { name: 'ECDSA', namedCurve: 'P-256' }, true, ['verify']);
  console.log(priv.algorithm, priv.usages, pub.usages);
  for (const hash of ['SHA-1', 'SHA-256', 'SHA-384', 'SHA-512']) {
    const sig = await subtle.sign({ name: 'ECDSA', hash }, priv, ascii('msg'));
    console.log(hash, sig.byteLength, await subtle.verify({ name: 'ECDSA', hash }, pub, sig, ascii('msg')),
      await subtle.verify({ name: 'ECDSA', hash }, pub, sig, ascii('MSG')));
  }
  const node = require('crypto');
  const nodeSig = node.sign('sha256', Buffer.from('msg'), { key: node.KeyObject.from(priv), dsaEncoding: 'ieee-p1363' });
  console.log('node-made signature', await subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, pub, nodeSig, ascii('msg')));
  const raw = await subtle.exportKey('raw', pub);
  console.log(raw.byteLength, new Uint8Array(raw)[0], hex(raw).slice(2, 66) === Buffer.from(ec.x, 'base64url').toString('hex'));
  const compressed = node.ECDH.convertKey(Buffer.from(raw), 'prime256v1', undefined, undefined, 'compressed');
  const fromCompressed = await subtle.importKey('raw', compressed, { name: 'ECDSA', namedCurve: 'P-256' }, true, ['verify']);
  console.log(hex(await subtle.exportKey('raw', fromCompressed)) === hex(raw));
  console.log(await subtle.exportKey('jwk', pub));
  console.log(Object.keys(await subtle.exportKey('jwk', priv)));
  const spki = await subtle.exportKey('spki', pub);
  const pkcs8 = await subtle.exportKey('pkcs8', priv);
  console.log(spki.byteLength, hex(spki).slice(0, 52), pkcs8.byteLength);
  const again = await subtle.importKey('pkcs8', pkcs8, { name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign']);
  const s = await subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, again, ascii('x'));
  console.log(await subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, pub, s, ascii('x')));
  for (const namedCurve of ['P-384', 'P-521']) {
    const g = await subtle.generateKey({ name: 'ECDSA', namedCurve }, true, ['sign', 'verify']);
    const sig = await subtle.sign({ name: 'ECDSA', hash: 'SHA-384' }, g.privateKey, ascii('m'));
    console.log(namedCurve, sig.byteLength, (await subtle.exportKey('raw', g.publicKey)).byteLength,
      await subtle.verify({ name: 'ECDSA', hash: 'SHA-384' }, g.publicKey, sig, ascii('m')));
  }
  const asEcdh = await subtle.importKey('spki', spki, { name: 'ECDH', namedCurve: 'P-256' }, true, []);
  console.log(asEcdh.algorithm, asEcdh.usages);
  const bad = [
    () => subtle.sign('ECDSA', priv, ascii('x')),
    () => subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, pub, ascii('x')),
    () => subtle.sign({ name: 'ECDSA', hash: 'MD5' }, priv, ascii('x')),
    () => subtle.importKey('spki', spki, { name: 'ECDSA', namedCurve: 'P-384' }, true, ['verify']),
    () => subtle.importKey('spki', spki, { name: 'ECDSA' }, true, ['verify']),
    () => subtle.importKey('raw', new Uint8Array(65), { name: 'ECDSA', namedCurve: 'P-256' }, true, ['verify']),
    () => subtle.importKey('jwk', ec, { name: 'ECDSA', namedCurve: 'P-384' }, true, ['sign']),
    () => subtle.importKey('jwk', { ...ec, kty: 'RSA' }, { name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign']),
    () => subtle.importKey('pkcs8', pkcs8, { name: 'ECDSA', namedCurve: 'P-256' }, true, ['verify']),
    () => subtle.importKey('pkcs8', pkcs8, { name: 'ECDSA', namedCurve: 'P-256' }, true, []),
    () => subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-100' }, true, ['sign']),
    () => subtle.generateKey({ name: 'ECDSA' }, true, ['sign']),
    () => subtle.exportKey('raw', priv),
  ];
  for (const f of bad) {
    try { await f(); console.log('resolved'); } catch (e) { console.log(e.name, e.code, e.message); }
  }
}
main();
