'use strict';
// Atomics.waitAsync in the main thread is settled by a worker's Atomics.notify.
const { Worker } = require('worker_threads');
const sab = new SharedArrayBuffer(4);
const cell = new Int32Array(sab);
const result = Atomics.waitAsync(cell, 0, 0);
console.log('async', result.async);
result.value.then((v) => console.log('settled:', v, Atomics.load(cell, 0)));
new Worker(`const { workerData } = require('worker_threads');
const cell = new Int32Array(workerData);
Atomics.store(cell, 0, 5);
Atomics.notify(cell, 0);`, { eval: true, workerData: sab });
