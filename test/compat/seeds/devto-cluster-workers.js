// compat: process
// Seed: 001_6131f5489183c113.txt (dev.to), "Clustering in Node.js": "Main Thread (Master): The main
// process creates child processes (workers) for each CPU core. Workers: Each worker is a separate
// instance ... with its own event loop and memory." Deterministic version: two workers (not one per
// core), each computes its half of a sum and sends it to the primary, which prints them in worker order.
'use strict';
const cluster = require('cluster');

const N = 2;
const LIMIT = 2000000;
if (cluster.isPrimary) {
  console.log('primary: isPrimary', cluster.isPrimary, 'isWorker', cluster.isWorker);
  const parts = new Map();
  for (let i = 0; i < N; i++) {
    const w = cluster.fork({ SEED_PART: String(i) });
    w.on('message', (msg) => {
      parts.set(w.id, msg);
      if (parts.size === N) {
        let total = 0;
        for (const id of [...parts.keys()].sort()) {
          const m = parts.get(id);
          console.log(`worker ${id}: part ${m.part} sum ${m.sum}, own pid differs from primary: ${m.pid !== process.pid}`);
          total += m.sum;
        }
        console.log('total', total, 'expected', (LIMIT * (LIMIT - 1)) / 2);
        for (const worker of Object.values(cluster.workers)) worker.disconnect();
      }
    });
  }
  let exited = 0;
  cluster.on('exit', (w, code, signal) => {
    if (++exited === N) console.log('all workers exited; codes', code, signal);
  });
} else {
  const part = Number(process.env.SEED_PART);
  const from = (LIMIT / N) * part;
  let sum = 0;
  for (let i = from; i < from + LIMIT / N; i++) sum += i;
  process.send({ part, sum, pid: process.pid, isWorker: cluster.isWorker });
}
