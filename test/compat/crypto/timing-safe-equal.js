// timingSafeEqual.
const crypto = require('crypto');
const { hex, bytes, ascii, attempt } = require('./_util');
console.log(crypto.timingSafeEqual(ascii('abc'), ascii('abc')), crypto.timingSafeEqual(ascii('abc'), ascii('abd')));
console.log(crypto.timingSafeEqual(new Uint8Array(0), new Uint8Array(0)));
console.log(crypto.timingSafeEqual(new Uint16Array([1, 2]), new Uint8Array([1, 0, 2, 0])));
console.log(crypto.timingSafeEqual(ascii('ab').buffer, new DataView(ascii('ab').buffer)));
attempt('lengths', () => crypto.timingSafeEqual(new Uint8Array(2), new Uint8Array(3)));
attempt('string', () => crypto.timingSafeEqual('a', new Uint8Array(1)));
attempt('second', () => crypto.timingSafeEqual(new Uint8Array(1), 5));
