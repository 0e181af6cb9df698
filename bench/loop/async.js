'use strict';
// Cross-thread wake-ups per second; twin of io.node4j.loop.bench.AsyncBench.
// Node has no uv_async_send for JS, but a worker's postMessage is one: it queues the message and
// calls uv_async_send on the receiving port's async handle, which wakes the main loop, and the
// 'message' listener is the callback. The worker then blocks in Atomics.wait (a futex wait, as the
// Java producer's park) until the listener has stored the count of messages so far in shared
// memory and called Atomics.notify; only then does it post again. So nothing coalesces: one
// operation is post -> main loop wakes -> listener -> worker wakes. The reply goes through shared
// memory, not a message back, so the worker's own event loop takes no part, as in the Java twin.
// Usage: node async.js [WARMUP [MEASURED]]
const { Worker, isMainThread, parentPort, workerData } = require('node:worker_threads');
const { performance } = require('node:perf_hooks');

if (!isMainThread) {
  const { acked, target } = workerData;
  const counter = new Int32Array(acked);
  for (let i = 1; i <= target; i++) {
    parentPort.postMessage(0);
    let seen;
    while ((seen = Atomics.load(counter, 0)) < i) Atomics.wait(counter, 0, seen);
  }
  return;
}

const { arg, cpuMicros, report } = require('./out.js');
const warmup = arg(0, 100_000);
const measured = arg(1, 300_000);
const target = warmup + measured; // below 2^31: the counter is an Int32Array
const counter = new Int32Array(new SharedArrayBuffer(4));
let n = 0;
let t0, t1, c0, c1, elu0, elu1;

const worker = new Worker(__filename, { workerData: { acked: counter.buffer, target } });
worker.on('message', () => {
  n++;
  if (n === warmup) {
    t0 = process.hrtime.bigint();
    c0 = cpuMicros();
    elu0 = performance.eventLoopUtilization();
  } else if (n === target) {
    t1 = process.hrtime.bigint();
    c1 = cpuMicros();
    elu1 = performance.eventLoopUtilization();
  }
  Atomics.store(counter, 0, n);
  Atomics.notify(counter, 0);
});
worker.on('error', (e) => { throw e; });
process.on('exit', () => {
  if (n !== target) throw new Error(`acked ${n} of ${target}`);
  report('async', measured, t1 - t0, c1 - c0, (elu1.idle - elu0.idle) * 1e6,
    'worker thread: postMessage, Atomics.wait until the listener notifies');
});
