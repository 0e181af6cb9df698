// The crypto global, Crypto/CryptoKey/SubtleCrypto classes and their shapes.
const nodeCrypto = require('crypto');
const d = Object.getOwnPropertyDescriptor(globalThis, 'crypto');
console.log(typeof d.get, d.set, d.enumerable, d.configurable);
console.log(globalThis.crypto === nodeCrypto.webcrypto, crypto.subtle === nodeCrypto.subtle);
console.log(Object.prototype.toString.call(crypto), Object.prototype.toString.call(crypto.subtle));
console.log(crypto instanceof Crypto, crypto.subtle instanceof SubtleCrypto, typeof CryptoKey);
console.log(Object.getOwnPropertyNames(Crypto.prototype));
console.log(Object.getOwnPropertyNames(CryptoKey.prototype));
console.log(Object.keys(SubtleCrypto.prototype).slice(0, 13));
console.log(Object.keys(Crypto.prototype));
for (const C of [Crypto, CryptoKey, SubtleCrypto]) {
  try { new C(); } catch (e) { console.log(C.name, e.name, e.code, e.message); }
}
const u = crypto.randomUUID();
console.log(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(u));
const arr = new Uint32Array(4);
console.log(crypto.getRandomValues(arr) === arr, nodeCrypto.getRandomValues(new Uint8Array(3)).length);
for (const bad of [new Float32Array(2), new Float64Array(1), new DataView(new ArrayBuffer(2)), [1, 2], 'x']) {
  try { crypto.getRandomValues(bad); } catch (e) { console.log(e.name, e.code, e.message); }
}
try { crypto.getRandomValues(new Uint8Array(65537)); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(crypto.getRandomValues(new Uint8Array(65536)).length);
try { crypto.getRandomValues(); } catch (e) { console.log(e.name, e.code, e.message); }
try { crypto.getRandomValues.call({}, new Uint8Array(2)); } catch (e) { console.log(e.name, e.code, e.message); }
try { crypto.randomUUID.call(null); } catch (e) { console.log(e.name, e.code, e.message); }
try { Object.getOwnPropertyDescriptor(Crypto.prototype, 'subtle').get.call({}); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(typeof SubtleCrypto.supports);
