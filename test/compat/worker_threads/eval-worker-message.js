'use strict';
const { Worker } = require('worker_threads');
const w = new Worker("require('worker_threads').parentPort.postMessage('hello from worker')", { eval: true });
w.on('message', (m) => console.log('message:', m));
w.on('exit', (code) => console.log('exit:', code));
