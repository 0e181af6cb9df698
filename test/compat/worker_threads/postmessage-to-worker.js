'use strict';
const { Worker } = require('worker_threads');
const w = new Worker("const { parentPort } = require('worker_threads'); parentPort.once('message', (m) => parentPort.postMessage(m * 2));", { eval: true });
w.postMessage(21);
w.on('message', (m) => console.log('doubled', m));
w.on('exit', (c) => console.log('exit', c));
