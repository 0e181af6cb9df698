'use strict';
const { Worker } = require('worker_threads');
process.env.FROM_PARENT = 'yes';
const w = new Worker("process.env.FROM_WORKER = '1'; require('worker_threads').parentPort.postMessage(process.env.FROM_PARENT)", { eval: true });
w.on('message', (m) => console.log('worker saw', m));
w.on('exit', () => console.log('parent sees', process.env.FROM_WORKER));
