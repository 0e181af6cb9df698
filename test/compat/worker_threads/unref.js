'use strict';
const { Worker } = require('worker_threads');
const w = new Worker("setInterval(() => {}, 1000)", { eval: true });
w.unref();
console.log('main done');
