'use strict';
// structuredClone of map: the clone prints like the original and is a new object.
const value = new Map([[1, 'one'], ['k', { v: true }], [{}, []]]);
const copy = structuredClone(value);
console.log(copy);
console.log(typeof value !== 'object' || value === null || copy !== value);
