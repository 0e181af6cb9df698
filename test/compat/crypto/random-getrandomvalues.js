// getRandomValues on integer arrays; its DOMException-style errors.
const crypto = require('crypto');
const { hex, bytes, ascii, attempt } = require('./_util');
for (const T of [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, BigInt64Array, BigUint64Array]) {
  const a = new T(4);
  console.log(T.name, crypto.getRandomValues(a) === a);
}
function show(fn) { try { fn(); } catch (e) { console.log(e.name, e.code, e.message); } }
show(() => crypto.getRandomValues(new Float32Array(2)));
show(() => crypto.getRandomValues(new Uint8Array(65537)));
console.log(crypto.getRandomValues(new Uint8Array(65536)).length);
