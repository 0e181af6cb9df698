'use strict';
// structuredClone of symbol keys: the clone prints like the original and is a new object.
const value = { [Symbol('s')]: 1, a: 2 };
const copy = structuredClone(value);
console.log(copy);
console.log(typeof value !== 'object' || value === null || copy !== value);
