'use strict';
const { Worker } = require('worker_threads');
let sum = 0, done = 0;
for (let i = 1; i <= 6; i++) {
  const w = new Worker("const { workerData, parentPort } = require('worker_threads'); parentPort.postMessage(workerData * workerData);", { eval: true, workerData: i });
  w.on('message', (m) => { sum += m; });
  w.on('exit', () => { if (++done === 6) console.log('sum of squares', sum); });
}
