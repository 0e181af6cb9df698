'use strict';
const { Worker } = require('worker_threads');
const w = new Worker("", { eval: true });
let online = false;
w.on('online', () => { online = true; console.log('online'); });
w.on('exit', () => console.log('exit after online', online));
