'use strict';
const { Worker } = require('worker_threads');
const sab = new SharedArrayBuffer(8);
const w = new Worker("const { workerData, parentPort } = require('worker_threads'); parentPort.postMessage([workerData instanceof SharedArrayBuffer, Object.prototype.toString.call(workerData), workerData.byteLength]);", { eval: true, workerData: sab });
w.on('message', (m) => console.log(m));
