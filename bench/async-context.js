// The async-context cost of the loop's own callbacks: process.nextTick and setImmediate callbacks
// (each carries and restores an AsyncContextFrame and async ids) and AsyncLocalStorage.run around an
// awaited promise, with a store set, as a server framework does per request. Warm-up first (default
// 3 s), then 20 timed rounds of 50,000 ticks, 20,000 immediates and 20,000 runs.
// bench/async-context.js [warmupMs]
'use strict';
const { AsyncLocalStorage } = require('node:async_hooks');

const warmupMs = Number(process.argv[2] ?? 3000);
const als = new AsyncLocalStorage();
let sum = 0;

function ticks(n) {
  return new Promise((resolve) => {
    let left = n;
    const step = () => {
      sum++;
      if (--left === 0) resolve();
    };
    for (let i = 0; i < n; i++) process.nextTick(step);
  });
}

function immediates(n) {
  return new Promise((resolve) => {
    let left = n;
    const step = () => {
      sum++;
      if (--left === 0) resolve();
    };
    for (let i = 0; i < n; i++) setImmediate(step);
  });
}

async function runs(n) {
  for (let i = 0; i < n; i++) {
    await als.run({ id: i }, async () => {
      await null;
      sum += als.getStore().id & 1;
    });
  }
}

async function round() {
  await als.run('request', () => ticks(50000));
  await als.run('request', () => immediates(20000));
  await runs(20000);
}

(async () => {
  const start = Date.now();
  while (Date.now() - start < warmupMs) await round();
  const t0 = process.hrtime.bigint();
  for (let r = 0; r < 20; r++) await round();
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  console.log(`checksum ${sum > 0}`);
  console.log(`bench-ms: ${ms.toFixed(1)}`);
})();
