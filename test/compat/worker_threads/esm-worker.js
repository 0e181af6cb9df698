'use strict';
const { Worker } = require('worker_threads');
const path = require('path');
const w = new Worker(path.join(__dirname, 'fixtures', 'hello.mjs'), { workerData: [1, 2] });
w.on('message', (m) => console.log(m));
w.on('exit', (code) => console.log('exit', code));
