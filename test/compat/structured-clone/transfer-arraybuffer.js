'use strict';
// structuredClone: transfer arraybuffer.
const ab = new Uint8Array([9, 8, 7]).buffer;
const copy = structuredClone(ab, { transfer: [ab] });
console.log(ab.byteLength, ab.detached, copy.byteLength, new Uint8Array(copy));
const ab2 = new ArrayBuffer(2);
try { structuredClone(ab2, { transfer: [ab2, ab2] }); } catch (e) { console.log(e.name, e.message); }
const view = new Uint16Array([1, 2]);
const out = structuredClone({ view }, { transfer: [view.buffer] });
console.log(out.view, view.length, view.buffer.byteLength);
