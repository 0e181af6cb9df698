'use strict';
// structuredClone of non enumerable: the clone prints like the original and is a new object.
const value = Object.defineProperty({ a: 1 }, 'hidden', { value: 2, enumerable: false });
const copy = structuredClone(value);
console.log(copy);
console.log(typeof value !== 'object' || value === null || copy !== value);
