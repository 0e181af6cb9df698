'use strict';
const { Worker } = require('worker_threads');
const w = new Worker("const wt = require('worker_threads'); wt.parentPort.postMessage([wt.workerData, wt.isMainThread, typeof wt.threadId]);", { eval: true });
w.on('message', (m) => console.log(m));
