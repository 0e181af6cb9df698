const v8 = require('v8');
const values = [Buffer.from('abc'), new Uint8Array([1, 2]), new Uint16Array([1, 2]), new Float64Array([0.5]), new BigInt64Array([-5n]),
  new DataView(new Uint8Array([7, 8]).buffer), new Int32Array([1, 2, 3]).subarray(1), new ArrayBuffer(4), new Float32Array(0)];
for (const v of values) {
  const back = v8.deserialize(v8.serialize(v));
  const view = ArrayBuffer.isView(back) ? new Uint8Array(back.buffer, back.byteOffset, back.byteLength) : new Uint8Array(back);
  console.log(Object.prototype.toString.call(back), Buffer.isBuffer(back), back.byteLength, [...view].join(','));
}
