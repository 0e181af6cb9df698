'use strict';
const { Worker } = require('worker_threads');
const w = new Worker("console.log('log line'); process.stdout.write('write line\\n'); console.log({ obj: [1, 2] });", { eval: true });
w.on('exit', (c) => console.log('exit', c));
