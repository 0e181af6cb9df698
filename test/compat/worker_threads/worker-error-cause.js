'use strict';
const { Worker } = require('worker_threads');
const w = new Worker("throw new Error('top', { cause: new RangeError('root') })", { eval: true });
w.on('error', (e) => console.log(e.message, e.cause instanceof RangeError, e.cause.message));
w.on('exit', (c) => console.log('exit', c));
