'use strict';
const { Worker } = require('worker_threads');
console.log('main before');
const w = new Worker("console.log('worker 1'); console.log('worker 2');", { eval: true });
console.log('main after');
w.on('exit', () => console.log('main on exit'));
