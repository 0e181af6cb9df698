'use strict';
// structuredClone of large string: the clone prints like the original and is a new object.
const value = 'x'.repeat(100000).length;
const copy = structuredClone(value);
console.log(copy);
console.log(typeof value !== 'object' || value === null || copy !== value);
