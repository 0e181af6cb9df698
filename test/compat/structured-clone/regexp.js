'use strict';
// structuredClone of regexp: the clone prints like the original and is a new object.
const value = /ab+c/gimsuy;
const copy = structuredClone(value);
console.log(copy);
console.log(typeof value !== 'object' || value === null || copy !== value);
