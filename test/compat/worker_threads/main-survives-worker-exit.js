'use strict';
const { Worker } = require('worker_threads');
const w = new Worker("process.exit(3)", { eval: true });
w.on('exit', (code) => { console.log('worker exit', code); setTimeout(() => console.log('main still running'), 10); });
