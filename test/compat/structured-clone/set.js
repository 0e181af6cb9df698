'use strict';
// structuredClone of set: the clone prints like the original and is a new object.
const value = new Set([1, 'a', 1n, null, undefined]);
const copy = structuredClone(value);
console.log(copy);
console.log(typeof value !== 'object' || value === null || copy !== value);
