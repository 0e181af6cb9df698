'use strict';
const { Worker } = require('worker_threads');
const path = require('path');
const w = new Worker(path.join(__dirname, 'fixtures', 'echo.js'), { workerData: { id: 7 } });
w.on('message', (m) => { console.log(m); w.postMessage('exit'); });
w.on('exit', (code) => console.log('exit', code));
w.postMessage('ping');
