'use strict';
// structuredClone: buffer like views.
const u8 = new Uint8Array([1, 2, 3, 4]);
const c = structuredClone({ a: u8.subarray(1, 3), b: u8 });
console.log(c.a, c.b, c.a.buffer === c.b.buffer, c.a.byteOffset);
