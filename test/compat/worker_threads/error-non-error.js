'use strict';
const { Worker } = require('worker_threads');
const w = new Worker("throw { plain: 'object' }", { eval: true });
w.on('error', (e) => console.log('error event:', e));
w.on('exit', (code) => console.log('exit', code));
