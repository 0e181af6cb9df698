'use strict';
// worker.performance.eventLoopUtilization() measures the worker's loop (checked by property only).
const { Worker } = require('worker_threads');
const w = new Worker(`const { parentPort } = require('worker_threads');
parentPort.on('message', () => { const end = Date.now() + 30; while (Date.now() < end); parentPort.postMessage('busy done'); });
parentPort.postMessage('ready');`, { eval: true });
w.on('message', (m) => {
  if (m === 'ready') {
    const elu = w.performance.eventLoopUtilization();
    console.log(Object.keys(elu), elu.idle >= 0, elu.active >= 0, elu.utilization >= 0 && elu.utilization <= 1);
    w.postMessage('work');
  } else {
    const elu = w.performance.eventLoopUtilization();
    const diff = w.performance.eventLoopUtilization(elu, { idle: 0, active: 0 });
    console.log(m, elu.active > 0, diff.active === elu.active);
    w.terminate();
  }
});
