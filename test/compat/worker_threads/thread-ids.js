'use strict';
const { Worker, threadId } = require('worker_threads');
const w1 = new Worker("require('worker_threads').parentPort.postMessage(require('worker_threads').threadId)", { eval: true });
const w2 = new Worker("require('worker_threads').parentPort.postMessage(require('worker_threads').threadId)", { eval: true });
console.log(threadId, w2.threadId - w1.threadId, w1.threadId > 0);
let got = [];
const on = (w) => w.on('message', (id) => { got.push(id === w.threadId); if (got.length === 2) console.log(got); });
on(w1); on(w2);
