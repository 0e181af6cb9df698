'use strict';
const { Worker } = require('worker_threads');
const w = new Worker("", { eval: true });
w.on('exit', async (code) => {
  console.log('exit', code);
  console.log('terminate again', await w.terminate());
});
