'use strict';
// Timers scheduled and fired per second; twin of io.node4j.loop.bench.TimersBench.
// CHAINS timers are in flight at once; each callback counts itself and schedules the next timer of
// its chain with setTimeout(fn, 1) (Node makes a 0 into 1, so both sides use 1), until WARMUP +
// MEASURED timers have fired; the last MEASURED firings are timed.
// Usage: node timers.js [CHAINS [WARMUP [MEASURED]]]
const { performance } = require('node:perf_hooks');
const { arg, cpuMicros, report } = require('./out.js');

const chains = arg(0, 100_000);
const warmup = arg(1, 3_000_000);
const measured = arg(2, 10_000_000);
const target = warmup + measured;

let started = 0;
let fired = 0;
let t0, t1, c0, c1, elu0, elu1;

function tick() {
  fired++;
  if (fired === warmup) {
    t0 = process.hrtime.bigint();
    c0 = cpuMicros();
    elu0 = performance.eventLoopUtilization();
  } else if (fired === target) {
    t1 = process.hrtime.bigint();
    c1 = cpuMicros();
    elu1 = performance.eventLoopUtilization();
  }
  if (started < target) {
    started++;
    setTimeout(tick, 1);
  }
}

for (let i = 0; i < chains; i++) {
  started++;
  setTimeout(tick, 1);
}

process.on('exit', () => {
  if (fired !== target) throw new Error(`fired ${fired} of ${target}`);
  const idleNanos = (elu1.idle - elu0.idle) * 1e6;
  report('timers', measured, t1 - t0, c1 - c0, idleNanos, `${chains} timers in flight, 1 ms each, setTimeout per timer`);
});
