'use strict';
const { Worker } = require('worker_threads');
const sab = new SharedArrayBuffer(8);
const flag = new Int32Array(sab);
const w = new Worker(`const { workerData, parentPort } = require('worker_threads');
const flag = new Int32Array(workerData);
parentPort.postMessage('waiting');
const r = Atomics.wait(flag, 0, 0);
parentPort.postMessage('woken: ' + r + ' value ' + Atomics.load(flag, 0));`, { eval: true, workerData: sab });
w.on('message', (m) => {
  console.log(m);
  if (m === 'waiting') {
    setTimeout(() => { Atomics.store(flag, 0, 1); Atomics.notify(flag, 0); }, 20);
  }
});
