'use strict';
const { Worker } = require('worker_threads');
const w = new Worker("require('worker_threads').parentPort.postMessage(require('worker_threads').threadName)", { eval: true, name: 'my-worker' });
w.on('message', (m) => console.log(m));
