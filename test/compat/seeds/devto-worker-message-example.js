// Seed: 001_6131f5489183c113.txt (dev.to), "Example of Worker Threads":
//   const worker = new Worker('./worker.js');
//   worker.on('message', (message) => { console.log('Message from worker:', message); });
//   worker.postMessage('Start processing');
// The worker file is not shown there; this uses a worker that acknowledges the message it got. The
// article's worker keeps listening forever, so the main thread unrefs it after the answer.
'use strict';
const { Worker } = require('worker_threads');

const worker = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.on('message', (m) => parentPort.postMessage('processed: ' + m));
`, { eval: true });
worker.on('message', (message) => {
  console.log('Message from worker:', message);
  worker.unref();
});
worker.postMessage('Start processing');
