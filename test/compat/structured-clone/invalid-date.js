'use strict';
// structuredClone of invalid date: the clone prints like the original and is a new object.
const value = new Date(NaN);
const copy = structuredClone(value);
console.log(copy);
console.log(typeof value !== 'object' || value === null || copy !== value);
