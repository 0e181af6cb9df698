'use strict';
// structuredClone of boxed primitives: the clone prints like the original and is a new object.
const value = [Object(1), Object(false), Object('s'), Object(5n), Object(true)];
const copy = structuredClone(value);
console.log(copy);
console.log(typeof value !== 'object' || value === null || copy !== value);
