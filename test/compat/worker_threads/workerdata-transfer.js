'use strict';
const { Worker } = require('worker_threads');
const buf = new ArrayBuffer(16);
const w = new Worker("const { workerData, parentPort } = require('worker_threads'); parentPort.postMessage(workerData.buf.byteLength);", { eval: true, workerData: { buf }, transferList: [buf] });
console.log('sender', buf.byteLength);
w.on('message', (m) => console.log('worker got', m));
