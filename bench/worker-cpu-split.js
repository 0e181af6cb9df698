'use strict';
// A CPU-bound job (counting primes below N) split over 1 and then 2 workers; prints the speed-up of
// 2 workers over 1 as the median of 9 alternating pairs, measured after 20 warm-up pairs (the speed-up
// is a property of the threads, so both runtimes are measured with their JIT warm: GraalJS compiles
// the job and the message path in the background for 10-15 s on 2 busy cores; after 6 pairs its
// compiler thread still took ~1 s of CPU in 8 s). bench-ms is the 2-worker median.
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
  for (let i = 0; i < 20; i++) { await run(1); await run(2); }
  const ones = [], twos = [];
  for (let i = 0; i < 9; i++) { ones.push(await run(1)); twos.push(await run(2)); }
  const median = (xs) => xs.map((r) => r.ms).sort((a, b) => a - b)[xs.length >> 1];
  const one = median(ones), two = median(twos);
  console.log(`primes ${ones[0].primes}/${twos[0].primes}; 1 worker ${one.toFixed(0)} ms, 2 workers ${two.toFixed(0)} ms, speed-up ${(one / two).toFixed(2)}x`);
  console.log(`bench-ms: ${two.toFixed(1)}`);
  for (const w of workers) w.postMessage([-1, 0]);
})();
