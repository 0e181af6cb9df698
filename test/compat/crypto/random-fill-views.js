// randomFill(Sync) and getRandomValues write exactly [offset, offset + size) of the target wherever its
// memory lives: a Buffer, a Uint32Array (offset and size in elements' bytes), a SharedArrayBuffer view,
// a bare ArrayBuffer, and a Buffer that readFileSync returned (memory a binding filled).
'use strict';
const crypto = require('crypto');
const zeros = (v) => v.every((x) => x === 0);
const nonZero = (v) => v.some((x) => x !== 0); // 8 random bytes all zero: 2^-64

const b = Buffer.alloc(32);
crypto.randomFillSync(b, 8, 8);
console.log('buffer', zeros(b.subarray(0, 8)), zeros(b.subarray(16)), nonZero(b.subarray(8, 16)));
const u = new Uint32Array(8);
crypto.randomFillSync(u, 2, 3);
console.log('uint32', zeros(u.subarray(0, 2)), zeros(u.subarray(5)), nonZero(u.subarray(2, 5)));
const s = new Uint8Array(new SharedArrayBuffer(24), 4, 16);
crypto.randomFillSync(s);
console.log('shared', zeros(new Uint8Array(s.buffer, 0, 4)), zeros(new Uint8Array(s.buffer, 20)), nonZero(s));
const big = new Uint8Array(65536);
console.log('getRandomValues', crypto.getRandomValues(big) === big, nonZero(big.subarray(65528)), nonZero(big.subarray(0, 8)));
const ab = new ArrayBuffer(16);
crypto.randomFill(ab, 4, 4, (err, r) => {
  const v = new Uint8Array(r);
  console.log('arraybuffer', err, r === ab, zeros(v.subarray(0, 4)), zeros(v.subarray(8)), nonZero(v.subarray(4, 8)));
  const j = require('fs').readFileSync(__filename);
  const before = j.subarray(8, 40).toString();
  crypto.randomFill(j, 0, 8, (err2, r2) => {
    console.log('java memory', err2, r2 === j, j.subarray(8, 40).toString() === before, j.subarray(0, 8).toString('latin1') !== '// rando');
    const sync = crypto.randomFillSync(require('fs').readFileSync(__filename), 2, 4);
    console.log('java memory sync', sync.subarray(0, 2).toString(), sync.subarray(6, 20).toString());
  });
});
