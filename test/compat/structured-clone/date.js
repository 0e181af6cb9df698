'use strict';
// structuredClone of date: the clone prints like the original and is a new object.
const value = new Date(86400000);
const copy = structuredClone(value);
console.log(copy);
console.log(typeof value !== 'object' || value === null || copy !== value);
