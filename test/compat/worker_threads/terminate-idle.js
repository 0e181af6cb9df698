'use strict';
const { Worker } = require('worker_threads');
const w = new Worker("require('worker_threads').parentPort.on('message', () => {}); require('worker_threads').parentPort.postMessage('ready')", { eval: true });
w.on('message', () => w.terminate().then((code) => console.log('terminated with', code)));
w.on('exit', (code) => console.log('exit', code));
