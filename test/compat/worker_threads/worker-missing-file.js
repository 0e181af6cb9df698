'use strict';
// A worker whose file does not exist: the parent's 'error' (MODULE_NOT_FOUND) and exit 1.
const { Worker } = require('worker_threads');
const path = require('path');
const w = new Worker(path.join(__dirname, 'fixtures', 'no-such-file.js'));
w.on('error', (e) => console.log('error:', e.name, e.code, e.message.split('\n')[0].replace(__dirname, '<dir>')));
w.on('exit', (code) => console.log('exit', code));
