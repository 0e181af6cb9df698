'use strict';
// What postMessage returns: true on an open port, undefined on a closed one and on a Worker.
const { port1, port2 } = new MessageChannel();
console.log(port1.postMessage(1), port1.postMessage(2, []));
const c = new MessageChannel();
console.log(port1.postMessage(null, [c.port2]));
port1.close(); c.port1.close();
const { Worker } = require('worker_threads');
const w = new Worker('', { eval: true });
console.log(w.postMessage(1));
