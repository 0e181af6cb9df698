'use strict';
const { Worker } = require('worker_threads');
const w = new Worker('./worker_threads/fixtures/echo.js', { workerData: 'rel' });
w.on('message', (m) => { console.log(m); w.postMessage('exit'); });
w.on('exit', (code) => console.log('exit', code));
w.postMessage(1);
