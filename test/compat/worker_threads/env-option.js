'use strict';
const { Worker } = require('worker_threads');
const w = new Worker("require('worker_threads').parentPort.postMessage([process.env.ONLY, process.env.HOME === undefined])", { eval: true, env: { ONLY: 'this' } });
w.on('message', (m) => console.log(m));
