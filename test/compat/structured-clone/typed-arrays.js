'use strict';
// structuredClone of typed arrays: the clone prints like the original and is a new object.
const value = [new Int8Array([-1]), new Uint16Array([65535]), new Int32Array([-5]), new Float32Array([1.5]), new Float64Array([Math.PI]), new BigInt64Array([-1n]), new BigUint64Array([2n ** 64n - 1n]), new Uint8ClampedArray([300])];
const copy = structuredClone(value);
console.log(copy);
console.log(typeof value !== 'object' || value === null || copy !== value);
