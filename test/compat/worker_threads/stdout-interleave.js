'use strict';
// A worker's output reaches the parent's stdout in the worker's order, after what the parent wrote
// synchronously, and before the parent's 'exit' listener runs.
const { Worker } = require('worker_threads');
const w = new Worker(`for (let i = 0; i < 5; i++) console.log('worker line', i);
process.stdout.write('no newline ');
process.stdout.write('then newline\\n');`, { eval: true });
for (let i = 0; i < 3; i++) console.log('main line', i);
w.on('exit', (c) => console.log('exit', c));
