'use strict';
// structuredClone of string object keys: the clone prints like the original and is a new object.
const value = { 1: 'a', b: 'b', 0: 'z' };
const copy = structuredClone(value);
console.log(copy);
console.log(typeof value !== 'object' || value === null || copy !== value);
