'use strict';
const { Worker } = require('worker_threads');
const w = new Worker("const { parentPort } = require('worker_threads'); setTimeout(() => parentPort.postMessage('timeout'), 5); setImmediate(() => parentPort.postMessage('immediate')); process.nextTick(() => parentPort.postMessage('tick'));", { eval: true });
w.on('message', (m) => console.log(m));
