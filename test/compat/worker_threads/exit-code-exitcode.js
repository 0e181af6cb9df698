'use strict';
const { Worker } = require('worker_threads');
const w = new Worker("process.exitCode = 5", { eval: true });
w.on('exit', (code) => console.log('exit', code));
