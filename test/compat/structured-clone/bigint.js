'use strict';
// structuredClone of bigint: the clone prints like the original and is a new object.
const value = [0n, -123n, 2n ** 100n];
const copy = structuredClone(value);
console.log(copy);
console.log(typeof value !== 'object' || value === null || copy !== value);
