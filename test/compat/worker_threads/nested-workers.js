'use strict';
const { Worker } = require('worker_threads');
const inner = "require('worker_threads').parentPort.postMessage('from inner ' + require('worker_threads').threadId)";
const outer = `const { Worker, parentPort } = require('worker_threads');
const w = new Worker(${JSON.stringify(inner)}, { eval: true });
w.on('message', (m) => parentPort.postMessage('outer relays: ' + m.replace(/\\d+$/, 'N')));`;
const w = new Worker(outer, { eval: true });
w.on('message', (m) => console.log(m));
w.on('exit', (c) => console.log('outer exit', c));
