'use strict';
// structuredClone of getter values: the clone prints like the original and is a new object.
const value = { get g() { return 42; }, plain: 1 };
const copy = structuredClone(value);
console.log(copy);
console.log(typeof value !== 'object' || value === null || copy !== value);
