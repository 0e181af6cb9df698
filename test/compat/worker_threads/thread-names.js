'use strict';
// threadName: empty on the main thread, 'WorkerThread' by default in a worker, else options.name.
const { Worker, threadName } = require('worker_threads');
console.log(JSON.stringify(threadName));
const w = new Worker("const wt = require('worker_threads'); wt.parentPort.postMessage(wt.threadName)", { eval: true });
console.log(JSON.stringify(w.threadName));
w.on('message', (m) => {
  console.log('in worker:', m);
  const w2 = new Worker("require('worker_threads').parentPort.postMessage(require('worker_threads').threadName)", { eval: true, name: 'named' });
  console.log(JSON.stringify(w2.threadName));
  w2.on('message', (n) => console.log('in worker:', n));
});
