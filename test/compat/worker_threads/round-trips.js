'use strict';
const { Worker } = require('worker_threads');
const w = new Worker("const { parentPort } = require('worker_threads'); parentPort.on('message', (m) => m === 100 ? parentPort.close() : parentPort.postMessage(m + 1));", { eval: true });
let last;
w.on('message', (m) => { last = m; w.postMessage(m + 1); });
w.on('exit', () => console.log('last', last));
w.postMessage(0);
