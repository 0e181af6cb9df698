'use strict';
const { Worker } = require('worker_threads');
const w = new Worker("for (;;) {}", { eval: true });
w.terminate().then((code) => console.log('terminated', code));
w.on('exit', (code) => console.log('exit', code));
