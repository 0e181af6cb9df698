'use strict';
const sab = new SharedArrayBuffer(4);
const a = new Int32Array(sab);
console.log(Atomics.wait(a, 0, 1));
console.log(Atomics.wait(a, 0, 0, 10));
console.log(Atomics.notify(a, 0, 1));
