// Seed: 003_647264dd774c51c6.txt (LogRocket, "A complete guide to threads in Node.js"), "Introducing
// worker_threads": the TypeScript helper
//   export function runWorker(path: string, cb: WorkerCallback, workerData: object | null = null) {
//     const worker = new Worker(path, { workerData });
//     worker.on('message', cb.bind(null, null)); worker.on('error', cb);
//     worker.on('exit', (exitCode) => { if (exitCode === 0) { return null; }
//       return cb(new Error(`Worker has stopped with code ${exitCode}`)); }); return worker; }
// written here in plain JavaScript ("workers can dispatch many message events, not just one"). The runs
// happen one after another so the output order is deterministic.
'use strict';
const path = require('path');
const { Worker } = require('worker_threads');

function runWorker(path, cb, workerData = null) {
  const worker = new Worker(path, { workerData });
  worker.on('message', cb.bind(null, null));
  worker.on('error', cb);
  worker.on('exit', (exitCode) => {
    if (exitCode === 0) {
      return null;
    }
    return cb(new Error(`Worker has stopped with code ${exitCode}`));
  });
  return worker;
}

const file = path.join(__dirname, 'fixtures', 'logrocket-worker.js');
const runs = [
  { numbers: [1, 2, 3] },
  { numbers: [4], exitCode: 7 },
  { numbers: [], fail: true },
];
function next(i) {
  if (i === runs.length) return;
  console.log('run', i, JSON.stringify(runs[i]));
  const w = runWorker(file, (err, result) => {
    if (err) console.log('  cb error:', err.constructor.name, err.message);
    else console.log('  cb result:', result);
  }, runs[i]);
  w.on('exit', () => next(i + 1));
}
next(0);
