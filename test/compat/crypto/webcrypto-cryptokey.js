// CryptoKey objects: inspection, getters, brand checks, and their use as node:crypto keys.
const util = require('util');
const nodeCrypto = require('crypto');
const { subtle } = globalThis.crypto;

async function main() {
  const aes = await subtle.generateKey({ name: 'AES-CBC', length: 256 }, false, ['encrypt', 'decrypt']);
  console.log(aes);
  console.log(util.inspect(aes, { depth: 0 }));
  console.log(util.inspect({ k: aes }, { depth: 0 }));
  console.log(util.inspect([aes], { depth: 1 }));
  console.log(Object.prototype.toString.call(aes), aes instanceof CryptoKey, Object.keys(aes));
  console.log(aes.type, aes.extractable, aes.algorithm.name, aes.algorithm.length, aes.usages);
  console.log(JSON.stringify(aes));
  for (const name of ['type', 'extractable', 'algorithm', 'usages']) {
    const d = Object.getOwnPropertyDescriptor(CryptoKey.prototype, name);
    console.log(name, typeof d.get, d.set, d.enumerable, d.configurable);
    try { d.get.call({}); } catch (e) { console.log(e.name, e.code, e.message); }
  }
  const pair = await subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-384' }, true, ['sign', 'verify']);
  console.log(pair);
  const ko = nodeCrypto.KeyObject.from(pair.publicKey);
  console.log(ko.type, ko.asymmetricKeyType, ko.asymmetricKeyDetails);
  console.log(nodeCrypto.createPublicKey(pair.privateKey).type);
  try { nodeCrypto.KeyObject.from({}); } catch (e) { console.log(e.name, e.code, e.message); }
  const hmac = await subtle.importKey('raw', Buffer.from('key'), { name: 'HMAC', hash: 'SHA-256' }, true, ['sign']);
  console.log(nodeCrypto.KeyObject.from(hmac).export().toString(), nodeCrypto.KeyObject.from(hmac).symmetricKeySize);
  console.log(nodeCrypto.KeyObject.from(aes).symmetricKeySize);
}
main();
