'use strict';
// structuredClone of uint8array: the clone prints like the original and is a new object.
const value = new Uint8Array([1, 2, 3]);
const copy = structuredClone(value);
console.log(copy);
console.log(typeof value !== 'object' || value === null || copy !== value);
