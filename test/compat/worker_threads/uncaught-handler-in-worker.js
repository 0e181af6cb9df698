'use strict';
const { Worker } = require('worker_threads');
const w = new Worker("process.on('uncaughtException', (e) => require('worker_threads').parentPort.postMessage('caught ' + e.message)); throw new Error('x')", { eval: true });
w.on('message', (m) => console.log(m));
w.on('error', () => console.log('error event'));
w.on('exit', (code) => console.log('exit', code));
