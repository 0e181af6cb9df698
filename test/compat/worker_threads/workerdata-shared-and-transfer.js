'use strict';
// workerData mixing a SharedArrayBuffer (shared) and a transferred ArrayBuffer (moved).
const { Worker } = require('worker_threads');
const sab = new SharedArrayBuffer(4);
const ab = new Uint8Array([7, 7]).buffer;
const w = new Worker(`const { workerData, parentPort } = require('worker_threads');
new Int32Array(workerData.sab)[0] = 99;
parentPort.postMessage([new Uint8Array(workerData.ab), workerData.sab instanceof SharedArrayBuffer]);`,
{ eval: true, workerData: { sab, ab }, transferList: [ab] });
console.log('moved away:', ab.byteLength);
w.on('message', (m) => console.log(m, new Int32Array(sab)[0]));
