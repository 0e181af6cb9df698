'use strict';
// A CPU-bound job (counting primes below N) split over 1 and then 2 workers, after a warm-up
// round; prints the speed-up of 2 workers over 1. bench-ms is the 2-worker time.
const { Worker } = require('worker_threads');
const job = `const { parentPort } = require('worker_threads');
parentPort.on('message', ([from, to]) => {
  if (from < 0) { parentPort.close(); return; }
  let count = 0;
  for (let n = Math.max(2, from); n < to; n++) {
    let prime = true;
    for (let d = 2; d * d <= n; d++) if (n % d === 0) { prime = false; break; }
    if (prime) count++;
  }
  parentPort.postMessage(count);
});`;
const workers = [new Worker(job, { eval: true }), new Worker(job, { eval: true })];
const N = 3_000_000;

function run(parts) {
  const t0 = process.hrtime.bigint();
  const slices = parts === 1 ? [[0, N]] : [[0, N * 0.58], [N * 0.58, N]];
  return Promise.all(slices.map((s, i) => new Promise((resolve) => {
    workers[i].once('message', resolve);
    workers[i].postMessage(s.map(Math.floor));
  }))).then((counts) => ({ ms: Number(process.hrtime.bigint() - t0) / 1e6, primes: counts.reduce((a, b) => a + b) }));
}

(async () => {
  await run(1); await run(2); await run(1); await run(2);
  const one = await run(1);
  const two = await run(2);
  console.log(`primes ${one.primes}/${two.primes}; 1 worker ${one.ms.toFixed(0)} ms, 2 workers ${two.ms.toFixed(0)} ms, speed-up ${(one.ms / two.ms).toFixed(2)}x`);
  console.log(`bench-ms: ${two.ms.toFixed(1)}`);
  for (const w of workers) w.postMessage([-1, 0]);
})();
