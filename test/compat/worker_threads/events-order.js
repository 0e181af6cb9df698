'use strict';
const { Worker } = require('worker_threads');
const w = new Worker("const { parentPort } = require('worker_threads'); parentPort.postMessage(1); parentPort.postMessage(2);", { eval: true });
const events = [];
w.on('online', () => events.push('online'));
w.on('message', (m) => events.push(`message ${m}`));
w.on('exit', (code) => { events.push(`exit ${code}`); console.log(events.join(', ')); });
