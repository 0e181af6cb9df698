'use strict';
// Worker start-up: `new Worker` to its first message, sequentially, after warm-up starts.
// Prints each phase's median; bench-ms is the median of the measured starts.
const { Worker } = require('worker_threads');
const code = "require('worker_threads').parentPort.postMessage('up')";

function once() {
  return new Promise((resolve) => {
    const t0 = process.hrtime.bigint();
    const w = new Worker(code, { eval: true });
    w.once('message', () => {
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      w.once('exit', () => resolve(ms));
    });
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

(async () => {
  const warm = [];
  for (let i = 0; i < 20; i++) warm.push(await once());
  const measured = [];
  for (let i = 0; i < 20; i++) measured.push(await once());
  console.log(`first start: ${warm[0].toFixed(1)} ms; warm-up median ${median(warm).toFixed(1)} ms; ` +
              `measured median ${median(measured).toFixed(1)} ms (min ${Math.min(...measured).toFixed(1)})`);
  console.log(`bench-ms: ${median(measured).toFixed(2)}`);
})();
