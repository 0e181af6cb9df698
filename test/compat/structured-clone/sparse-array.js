'use strict';
// structuredClone of sparse array: the clone prints like the original and is a new object.
const value = [1, , 3, , , 6];
const copy = structuredClone(value);
console.log(copy);
console.log(typeof value !== 'object' || value === null || copy !== value);
