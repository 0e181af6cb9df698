'use strict';
// postMessage round trips between the main thread and one worker (an object message each way),
// after a warm-up long enough for the JIT (5 rounds of 20 000: GraalJS compiles the clone and port
// paths well after V8 would); prints round trips per second, bench-ms is the measured phase.
const { Worker } = require('worker_threads');
const w = new Worker(`const { parentPort } = require('worker_threads');
parentPort.on('message', (m) => m === null ? parentPort.close() : parentPort.postMessage({ n: m.n + 1, s: m.s }));`,
{ eval: true });

function trips(count) {
  return new Promise((resolve) => {
    let left = count;
    const t0 = process.hrtime.bigint();
    const onMessage = (m) => {
      if (--left === 0) {
        w.off('message', onMessage);
        resolve(Number(process.hrtime.bigint() - t0) / 1e6);
      } else {
        w.postMessage({ n: m.n, s: 'payload' });
      }
    };
    w.on('message', onMessage);
    w.postMessage({ n: 0, s: 'payload' });
  });
}

(async () => {
  for (let i = 0; i < 5; i++) await trips(20000);
  const n = 20000;
  const ms = await trips(n);
  console.log(`${Math.round(n / (ms / 1000))} round trips/s (${n} in ${ms.toFixed(0)} ms)`);
  console.log(`bench-ms: ${ms.toFixed(1)}`);
  w.postMessage(null);
})();
