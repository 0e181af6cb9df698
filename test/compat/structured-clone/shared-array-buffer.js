'use strict';
// structuredClone: shared array buffer.
const sab = new SharedArrayBuffer(8);
const c = structuredClone(sab);
console.log(c instanceof SharedArrayBuffer, c.byteLength, c !== sab);
new Int32Array(sab)[0] = 42;
console.log(new Int32Array(c)[0]);
try { structuredClone(sab, { transfer: [sab] }); } catch (e) { console.log(e.name, e.message); }
