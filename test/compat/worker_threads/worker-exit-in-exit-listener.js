'use strict';
// The worker's process 'exit' listeners run and can set the code; messages posted before arrive.
const { Worker } = require('worker_threads');
const w = new Worker(`const { parentPort } = require('worker_threads');
process.on('exit', (code) => { parentPort.postMessage('exit listener ' + code); process.exitCode = 9; });
parentPort.postMessage('running');`, { eval: true });
w.on('message', (m) => console.log(m));
w.on('exit', (code) => console.log('exit', code));
