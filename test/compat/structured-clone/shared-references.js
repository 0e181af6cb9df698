'use strict';
// structuredClone: shared references.
const shared = { n: 1 };
const c = structuredClone({ x: shared, y: shared, z: [shared] });
console.log(c.x === c.y, c.y === c.z[0], c.x !== shared);
const buf = new ArrayBuffer(4);
const d = structuredClone([new Uint8Array(buf), new Int8Array(buf)]);
console.log(d[0].buffer === d[1].buffer, d[0].buffer !== buf);
