'use strict';
const { Worker } = require('worker_threads');
const w = new Worker("process.on('exit', (c) => require('worker_threads').parentPort.postMessage('exiting ' + c)); process.exit(42); console.log('not reached')", { eval: true });
w.on('message', (m) => console.log(m));
w.on('exit', (code) => console.log('exit', code));
