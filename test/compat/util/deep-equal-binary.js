'use strict';
const { isDeepStrictEqual } = require('util');
const assert = require('assert');
const loose = (a, b) => { try { assert.deepEqual(a, b); return true; } catch { return false; } };
function row(name, a, b) { console.log(name.padEnd(28), isDeepStrictEqual(a, b), loose(a, b)); }

row('u8', new Uint8Array([1, 2]), new Uint8Array([1, 2])); row('u8 diff', new Uint8Array([1, 2]), new Uint8Array([1, 3]));
row('u8 vs i8', new Uint8Array(1), new Int8Array(1)); row('float NaN', new Float64Array([NaN]), new Float64Array([NaN]));
row('float -0', new Float64Array([-0]), new Float64Array([0])); row('f32 -0', new Float32Array([-0]), new Float32Array([0]));
row('u8 extra key', Object.assign(new Uint8Array(1), { x: 1 }), new Uint8Array(1));
row('ab', new Uint8Array([1]).buffer, new Uint8Array([1]).buffer); row('ab diff', new Uint8Array([1]).buffer, new Uint8Array([2]).buffer);
row('ab vs sab', new ArrayBuffer(1), new SharedArrayBuffer(1)); row('sab', new SharedArrayBuffer(2), new SharedArrayBuffer(2));
row('dataview', new DataView(new ArrayBuffer(2)), new DataView(new ArrayBuffer(2)));
row('offset views', new Uint8Array([9, 1, 2]).subarray(1), new Uint8Array([1, 2]));
row('bigint64', new BigInt64Array([1n]), new BigInt64Array([1n]));
