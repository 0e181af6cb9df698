// compat: process
// cluster.worker.kill() inside the worker: it exits 0 and the primary sees exitedAfterDisconnect true.
'use strict';
const cluster = require('cluster');

if (cluster.isPrimary) {
  const worker = cluster.fork();
  worker.on('disconnect', () => console.log('disconnect'));
  worker.on('exit', (code, signal) => console.log('exit', code, signal, worker.exitedAfterDisconnect));
} else {
  setInterval(() => {}, 1000);
  setTimeout(() => cluster.worker.kill(), 20);
}
