'use strict';
// structuredClone of array extra props: the clone prints like the original and is a new object.
const value = Object.assign([1, 2], { x: 'y' });
const copy = structuredClone(value);
console.log(copy);
console.log(typeof value !== 'object' || value === null || copy !== value);
