'use strict';
// structuredClone of empty values: the clone prints like the original and is a new object.
const value = [{}, [], new Map(), new Set(), ''];
const copy = structuredClone(value);
console.log(copy);
console.log(typeof value !== 'object' || value === null || copy !== value);
