'use strict';
// structuredClone of typed array offset: the clone prints like the original and is a new object.
const value = new Uint8Array(new Uint8Array([0, 1, 2, 3, 4, 5]).buffer, 2, 3);
const copy = structuredClone(value);
console.log(copy);
console.log(typeof value !== 'object' || value === null || copy !== value);
