'use strict';
const { Worker } = require('worker_threads');
const w = new Worker("require('worker_threads').parentPort.postMessage([process.pid === " + process.pid + ", typeof process.env, process.argv.length, typeof process.exit])", { eval: true });
w.on('message', (m) => console.log(m));
