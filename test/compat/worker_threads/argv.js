'use strict';
const { Worker } = require('worker_threads');
const w = new Worker("require('worker_threads').parentPort.postMessage(process.argv.slice(1))", { eval: true, argv: ['a', 2, true] });
w.on('message', (m) => console.log(m));
