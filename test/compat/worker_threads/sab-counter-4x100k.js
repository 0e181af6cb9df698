'use strict';
const { Worker } = require('worker_threads');
const path = require('path');
const sab = new SharedArrayBuffer(4);
const counter = new Int32Array(sab);
let done = 0;
for (let i = 0; i < 4; i++) {
  const w = new Worker(path.join(__dirname, 'fixtures', 'add.js'), { workerData: { sab, n: 100000 } });
  w.on('exit', () => { if (++done === 4) console.log('counter', Atomics.load(counter, 0)); });
}
