// compat: process
// cluster.worker.disconnect() in the worker: the primary sees exitedAfterDisconnect true, then the exit.
'use strict';
const cluster = require('cluster');

if (cluster.isPrimary) {
  const worker = cluster.fork();
  worker.on('disconnect', () => console.log('disconnect', worker.exitedAfterDisconnect));
  cluster.on('exit', (w, code, signal) => console.log('exit', w.id, code, signal, w.exitedAfterDisconnect));
} else {
  setTimeout(() => cluster.worker.disconnect(), 50);
}
