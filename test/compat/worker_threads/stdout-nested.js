'use strict';
// Output of a worker started by a worker reaches the main thread's stdout through its parent.
const { Worker } = require('worker_threads');
const w = new Worker(`const { Worker } = require('worker_threads');
console.log('outer says hi');
const inner = new Worker("console.log('inner says hi')", { eval: true });
inner.on('exit', () => console.log('inner exited'));`, { eval: true });
w.on('exit', (c) => console.log('outer exit', c));
