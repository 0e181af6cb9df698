'use strict';
const { Worker } = require('worker_threads');
const w = new Worker("require('worker_threads').parentPort.postMessage('spinning'); for (;;) {}", { eval: true });
w.on('message', async (m) => {
  console.log(m);
  const code = await w.terminate();
  console.log('terminate resolved', code);
});
w.on('exit', (code) => console.log('exit', code));
