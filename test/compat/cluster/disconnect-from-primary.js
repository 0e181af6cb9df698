// compat: process
// worker.disconnect() in the primary: the worker leaves cluster.workers at once, its servers close,
// its channel closes, it exits 0; exitedAfterDisconnect is true on both sides.
'use strict';
const cluster = require('cluster');
const net = require('net');

if (cluster.isPrimary) {
  const worker = cluster.fork();
  worker.on('listening', () => {
    worker.disconnect();
    console.log('after disconnect()', Object.keys(cluster.workers), worker.exitedAfterDisconnect, worker.state);
  });
  worker.on('disconnect', () => console.log('disconnect', worker.state, worker.isConnected(), worker.exitedAfterDisconnect));
  worker.on('exit', (code, signal) => {
    console.log('exit', code, signal, worker.state, worker.isDead(), worker.exitedAfterDisconnect);
  });
} else {
  net.createServer().listen(0, '127.0.0.1');
}
