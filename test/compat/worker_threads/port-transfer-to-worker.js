'use strict';
const { Worker, MessageChannel } = require('worker_threads');
const { port1, port2 } = new MessageChannel();
const w = new Worker("const { parentPort } = require('worker_threads'); parentPort.once('message', ({ port }) => { port.postMessage('via transferred port'); port.close(); });", { eval: true });
port1.on('message', (m) => console.log(m));
port1.on('close', () => console.log('port1 closed'));
w.postMessage({ port: port2 }, [port2]);
