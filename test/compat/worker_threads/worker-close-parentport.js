'use strict';
const { Worker } = require('worker_threads');
const w = new Worker("const { parentPort } = require('worker_threads'); parentPort.on('message', (m) => console.log('worker got', m)); setTimeout(() => parentPort.close(), 20);", { eval: true });
w.postMessage('one');
w.on('exit', (c) => console.log('exit', c));
