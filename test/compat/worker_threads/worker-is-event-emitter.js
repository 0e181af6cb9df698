'use strict';
const { Worker } = require('worker_threads');
const EventEmitter = require('events');
const w = new Worker("", { eval: true });
console.log(w instanceof EventEmitter, typeof w.threadId, typeof w.terminate);
w.on('exit', (c) => console.log('exit', c));
