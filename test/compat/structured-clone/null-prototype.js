'use strict';
// structuredClone of null prototype: the clone prints like the original and is a new object.
const value = Object.assign(Object.create(null), { a: 1 });
const copy = structuredClone(value);
console.log(copy);
console.log(typeof value !== 'object' || value === null || copy !== value);
