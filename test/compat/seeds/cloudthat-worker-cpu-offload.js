// Seed: 000_d9be394088c08e3d.txt (CloudThat), section "Node.js and Multithreading": "it can leverage
// multiple threads for CPU-bound tasks through the worker_threads module ... These worker threads can be
// used for computationally intensive tasks that would otherwise block the event loop", and "Mechanisms
// like message passing should be employed for safe communication."
// Deterministic version: the main thread keeps serving setImmediate callbacks while the worker computes;
// the script prints facts (responsiveness, the computed result), not timings.
'use strict';
const { Worker } = require('worker_threads');

const worker = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.on('message', ({ n }) => {
    let primes = 0;
    for (let i = 2; i < n; i++) {
      let p = true;
      for (let d = 2; d * d <= i; d++) if (i % d === 0) { p = false; break; }
      if (p) primes++;
    }
    parentPort.postMessage({ n, primes });
    parentPort.close();
  });
`, { eval: true });

let ticks = 0;
let done = false;
function tick() { if (!done) { ticks++; setImmediate(tick); } }
setImmediate(tick);

worker.on('message', (msg) => {
  done = true;
  console.log('result from worker:', msg);
  console.log('main event loop stayed responsive during the computation:', ticks > 0);
});
worker.on('exit', (code) => console.log('worker exited with code', code));
worker.postMessage({ n: 300000 });
console.log('main thread: task handed to the worker');
