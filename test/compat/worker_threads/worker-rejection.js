'use strict';
const { Worker } = require('worker_threads');
const w = new Worker("Promise.reject(new Error('rejected in worker'))", { eval: true });
w.on('error', (e) => console.log('error', e.message));
w.on('exit', (c) => console.log('exit', c));
