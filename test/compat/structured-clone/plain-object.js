'use strict';
// structuredClone of plain object: the clone prints like the original and is a new object.
const value = { a: 1, b: 'two', c: { d: [3] } };
const copy = structuredClone(value);
console.log(copy);
console.log(typeof value !== 'object' || value === null || copy !== value);
