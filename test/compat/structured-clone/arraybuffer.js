'use strict';
// structuredClone of arraybuffer: the clone prints like the original and is a new object.
const value = new Uint8Array([1, 2, 3, 250]).buffer;
const copy = structuredClone(value);
console.log(copy);
console.log(typeof value !== 'object' || value === null || copy !== value);
