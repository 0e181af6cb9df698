'use strict';
const { Worker } = require('worker_threads');
const path = require('path');
const w = new Worker(path.join(__dirname, 'fixtures', 'throws.js'));
w.on('error', (e) => console.log('error event:', e instanceof TypeError, e.name, e.message));
w.on('exit', (code) => console.log('exit', code));
