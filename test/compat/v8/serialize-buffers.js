const v8 = require('v8');
const values = [new ArrayBuffer(0), new ArrayBuffer(3), new Uint8Array([1, 2, 3]).buffer, Buffer.from('hello'),
  Buffer.alloc(0), new Uint8Array([1, 2]), new Int8Array([-1]), new Uint8ClampedArray([300]), new Int16Array([-2]),
  new Uint16Array([2]), new Int32Array([-3]), new Uint32Array([3]), new Float32Array([1.5]), new Float64Array([2.5]),
  new BigInt64Array([-1n]), new BigUint64Array([1n]), new DataView(new ArrayBuffer(2)),
  new Uint8Array([1, 2, 3, 4]).subarray(1, 3), new ArrayBuffer(2, { maxByteLength: 4 })];
for (const v of values) console.log(Object.prototype.toString.call(v), v8.serialize(v).toString('hex'));
