// randomFillSync / randomFill: offsets, sizes, views and errors.
const crypto = require('crypto');
const { hex, bytes, ascii, attempt } = require('./_util');
const buf = new Uint8Array(16);
crypto.randomFillSync(buf, 4, 8);
console.log(buf.slice(0, 4).join(','), buf.slice(12).join(','));
const u32 = new Uint32Array(4);
console.log(crypto.randomFillSync(u32) === u32);
const ab = new ArrayBuffer(8);
console.log(crypto.randomFillSync(ab) === ab);
attempt('not a buffer', () => crypto.randomFillSync(5));
attempt('offset too big', () => crypto.randomFillSync(new Uint8Array(4), 5));
attempt('size too big', () => crypto.randomFillSync(new Uint8Array(4), 1, 5));
attempt('offset negative', () => crypto.randomFillSync(new Uint8Array(4), -1));
attempt('no callback', () => crypto.randomFill(new Uint8Array(4)));
const target = new Uint8Array(8);
crypto.randomFill(target, 2, 2, (err, out) => console.log('async', err, out === target, target[0], target[7]));
