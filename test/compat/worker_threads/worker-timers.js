'use strict';
// Timers, immediates and ticks inside a worker run in Node's order (the timer is set from the
// immediate, so the order does not depend on how fast the worker starts).
const { Worker } = require('worker_threads');
const w = new Worker(`const { parentPort } = require('worker_threads');
setImmediate(() => { parentPort.postMessage('immediate'); setTimeout(() => parentPort.postMessage('timeout'), 1); });
Promise.resolve().then(() => parentPort.postMessage('promise'));
process.nextTick(() => parentPort.postMessage('tick'));`, { eval: true });
w.on('message', (m) => console.log(m));
