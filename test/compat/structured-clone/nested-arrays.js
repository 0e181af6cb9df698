'use strict';
// structuredClone of nested arrays: the clone prints like the original and is a new object.
const value = [[1, [2, [3, [4]]]], []];
const copy = structuredClone(value);
console.log(copy);
console.log(typeof value !== 'object' || value === null || copy !== value);
