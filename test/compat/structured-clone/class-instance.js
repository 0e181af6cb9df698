'use strict';
// structuredClone of class instance: the clone prints like the original and is a new object.
const value = new (class Point { constructor() { this.x = 1; this.y = 2; } })();
const copy = structuredClone(value);
console.log(copy);
console.log(typeof value !== 'object' || value === null || copy !== value);
