'use strict';
const { Worker } = require('worker_threads');
const w = new Worker("const { parentPort } = require('worker_threads'); parentPort.once('message', (b) => parentPort.postMessage(new Uint8Array(b).reduce((a, x) => a + x, 0)));", { eval: true });
const buf = new Uint8Array([1, 2, 3, 4]).buffer;
w.postMessage(buf, [buf]);
console.log('detached in sender:', buf.byteLength, buf.detached);
w.on('message', (sum) => console.log('sum', sum));
