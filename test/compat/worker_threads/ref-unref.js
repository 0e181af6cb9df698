'use strict';
const { Worker } = require('worker_threads');
const w = new Worker("require('worker_threads').parentPort.postMessage('hi')", { eval: true });
w.unref();
w.ref();
w.on('message', (m) => console.log(m));
w.on('exit', (c) => console.log('exit', c));
