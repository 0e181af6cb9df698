'use strict';
// structuredClone of regexp lastindex: the clone prints like the original and is a new object.
const value = (() => { const r = /a/g; r.lastIndex = 3; return r; })();
const copy = structuredClone(value);
console.log(copy);
console.log(typeof value !== 'object' || value === null || copy !== value);
