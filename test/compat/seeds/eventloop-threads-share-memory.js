// Seed: 002_ddefd92feccc29fe.txt ("NodeJS – Threads and The Event Loop"), Figure 7 "Multi threaded
// process": "In a multithreaded process, all threads will share the memory space or heap ... making
// communication between threads really fast, as opposed to multiple process having to use a dedicated
// mechanism to share data" and "The use of threads in NodeJS is managed by the runtime environment (also
// by the developer through worker threads)". Two worker threads fill halves of one SharedArrayBuffer; the
// main thread reads the result without any message carrying the data.
'use strict';
const { Worker } = require('worker_threads');

const shared = new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT * 10);
const view = new Int32Array(shared);
// Printed before the workers start: a worker thread may run before the main thread's next line.
console.log('before the workers ran:', Array.from(view).join(','));
let exited = 0;
for (let part = 0; part < 2; part++) {
  const w = new Worker(`
    const { workerData } = require('worker_threads');
    const arr = new Int32Array(workerData.shared);
    for (let i = workerData.part * 5; i < workerData.part * 5 + 5; i++) Atomics.store(arr, i, i * i);
  `, { eval: true, workerData: { shared, part } });
  w.on('exit', (code) => {
    if (++exited === 2) {
      console.log('exit code', code);
      console.log('main thread sees the workers\' writes:', Array.from(view).join(','));
    }
  });
}
