'use strict';
// terminate() ends a worker blocked in Atomics.wait with no timeout.
const { Worker } = require('worker_threads');
const sab = new SharedArrayBuffer(4);
const w = new Worker(`const { workerData, parentPort } = require('worker_threads');
parentPort.postMessage('blocking');
Atomics.wait(new Int32Array(workerData), 0, 0);
parentPort.postMessage('never');`, { eval: true, workerData: sab });
w.on('message', (m) => {
  console.log(m);
  w.terminate().then((code) => console.log('terminated', code));
});
w.on('exit', (code) => console.log('exit', code));
