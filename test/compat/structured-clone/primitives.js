'use strict';
// structuredClone of primitives: the clone prints like the original and is a new object.
const value = [undefined, null, true, false, 0, -0, 1.5, NaN, Infinity, -Infinity, 'str', '', 'üñí😀'];
const copy = structuredClone(value);
console.log(copy);
console.log(typeof value !== 'object' || value === null || copy !== value);
