'use strict';
const { Worker } = require('worker_threads');
const w = new Worker("const { parentPort } = require('worker_threads'); const b = new Float64Array([1.5, 2.5]).buffer; parentPort.postMessage(b, [b]); parentPort.postMessage(b.byteLength);", { eval: true });
w.on('message', (m) => console.log(m instanceof ArrayBuffer ? new Float64Array(m) : m));
