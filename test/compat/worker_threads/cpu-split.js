'use strict';
const { Worker } = require('worker_threads');
const job = "const { workerData, parentPort } = require('worker_threads'); let s = 0; for (let i = workerData[0]; i < workerData[1]; i++) s += i % 7; parentPort.postMessage(s);";
const parts = [[0, 500000], [500000, 1000000]];
let total = 0, done = 0;
for (const p of parts) {
  const w = new Worker(job, { eval: true, workerData: p });
  w.on('message', (s) => { total += s; if (++done === 2) console.log('total', total); });
}
