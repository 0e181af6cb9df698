'use strict';
const { Worker } = require('worker_threads');
const w = new Worker("require('worker_threads').parentPort.postMessage(require('worker_threads').resourceLimits.stackSizeMb)", { eval: true, resourceLimits: { stackSizeMb: 8 } });
console.log(w.resourceLimits.stackSizeMb);
w.on('message', (m) => console.log('in worker', m));
w.on('exit', () => console.log('after exit', w.resourceLimits));
