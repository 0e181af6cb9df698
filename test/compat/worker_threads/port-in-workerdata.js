'use strict';
// A MessagePort passed in workerData (listed in transferList) connects the worker to its other end.
// (The side channel's 'close' and the worker's 'exit' race; both are awaited, then printed.)
const { Worker, MessageChannel } = require('worker_threads');
const { port1, port2 } = new MessageChannel();
const w = new Worker(`const { workerData } = require('worker_threads');
workerData.port.postMessage('hello over the side channel');
workerData.port.close();`, { eval: true, workerData: { port: port2 }, transferList: [port2] });
port1.on('message', (m) => console.log(m));
const closed = new Promise((resolve) => port1.on('close', resolve));
const exited = new Promise((resolve) => w.on('exit', resolve));
Promise.all([closed, exited]).then(([, code]) => console.log('side channel closed; exit', code));
