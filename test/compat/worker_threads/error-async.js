'use strict';
const { Worker } = require('worker_threads');
const w = new Worker("setTimeout(() => { throw new RangeError('later'); }, 1)", { eval: true });
w.on('error', (e) => console.log('error event:', e.constructor.name, e.message));
w.on('exit', (code) => console.log('exit', code));
