'use strict';
const { Worker } = require('worker_threads');
const sab = new SharedArrayBuffer(16);
const view = new Int32Array(sab);
view[0] = 11;
const w = new Worker("const { workerData, parentPort } = require('worker_threads'); const v = new Int32Array(workerData); parentPort.postMessage(v[0]); v[1] = 22; parentPort.postMessage('written');", { eval: true, workerData: sab });
w.on('message', (m) => console.log(m === 'written' ? view[1] : m));
