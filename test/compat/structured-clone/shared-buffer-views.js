'use strict';
// structuredClone of shared buffer views: the clone prints like the original and is a new object.
const value = (() => { const b = new ArrayBuffer(4); return [new Uint8Array(b), new Uint16Array(b)]; })();
const copy = structuredClone(value);
console.log(copy);
console.log(typeof value !== 'object' || value === null || copy !== value);
