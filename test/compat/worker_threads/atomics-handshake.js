'use strict';
const { Worker } = require('worker_threads');
const sab = new SharedArrayBuffer(8);
const s = new Int32Array(sab);
const w = new Worker(`const { workerData } = require('worker_threads');
const s = new Int32Array(workerData);
for (let i = 1; i <= 5; i++) {
  Atomics.wait(s, 0, i - 1);
  Atomics.store(s, 1, Atomics.load(s, 1) + Atomics.load(s, 0));
  Atomics.notify(s, 1);
}`, { eval: true, workerData: sab });
const step = (i) => {
  if (i > 5) return;
  Atomics.store(s, 0, i);
  Atomics.notify(s, 0);
  const before = i === 1 ? 0 : (i - 1) * i / 2;
  while (Atomics.load(s, 1) === before) Atomics.wait(s, 1, before, 50);
  step(i + 1);
};
w.on('online', () => { step(1); console.log('sum', Atomics.load(s, 1)); });
