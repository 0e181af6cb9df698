'use strict';
// A MessagePort passed in workerData (listed in transferList) connects the worker to its other end.
const { Worker, MessageChannel } = require('worker_threads');
const { port1, port2 } = new MessageChannel();
const w = new Worker(`const { workerData } = require('worker_threads');
workerData.port.postMessage('hello over the side channel');
workerData.port.close();`, { eval: true, workerData: { port: port2 }, transferList: [port2] });
port1.on('message', (m) => console.log(m));
port1.on('close', () => console.log('side channel closed'));
w.on('exit', (c) => console.log('exit', c));
