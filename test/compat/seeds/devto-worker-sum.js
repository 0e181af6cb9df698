// Seed: 001_6131f5489183c113.txt (dev.to), "Basic Example": main.js creates new Worker('./worker.js'),
// logs 'From worker:' + msg and posts 'Start calculation'; worker.js sums 0..1e9-1 and posts
// `Done. Sum = ${sum}`. The article's output: "From worker: Done. Sum = 499999999500000000" (Node really
// prints 499999999067109000: the sum passes 2^53 and is rounded as a double at each step).
// The worker file is fixtures/devto-worker.js (the article's code). The article's worker keeps listening
// forever, so this main thread terminates it once the answer is in.
'use strict';
const path = require('path');
const { Worker } = require('worker_threads');

const worker = new Worker(path.join(__dirname, 'fixtures', 'devto-worker.js'));
worker.on('message', (msg) => {
  console.log('From worker:', msg);
  worker.terminate().then((code) => console.log('worker terminated, exit code', code));
});
worker.postMessage('Start calculation');
console.log('Meanwhile, the main thread remains free to handle other requests!');
