'use strict';
// structuredClone of dataview: the clone prints like the original and is a new object.
const value = new DataView(new ArrayBuffer(8), 2, 4);
const copy = structuredClone(value);
console.log(copy);
console.log(typeof value !== 'object' || value === null || copy !== value);
