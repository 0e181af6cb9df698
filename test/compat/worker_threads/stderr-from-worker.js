// compat: stderr
'use strict';
const { Worker } = require('worker_threads');
const w = new Worker("console.error('to stderr'); process.stderr.write('raw stderr\\n')", { eval: true });
w.on('exit', (c) => console.log('exit', c));
