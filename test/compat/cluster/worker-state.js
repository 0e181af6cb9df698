// compat: process
// A worker's state, isConnected() and isDead() through its life: none, online, listening,
// disconnected, dead.
'use strict';
const cluster = require('cluster');
const net = require('net');

if (cluster.isPrimary) {
  const worker = cluster.fork();
  const show = (when) => console.log(when, worker.state, worker.isConnected(), worker.isDead());
  show('forked');
  worker.on('online', () => show('online'));
  worker.on('listening', () => {
    show('listening');
    worker.disconnect();
  });
  worker.on('disconnect', () => show('disconnect'));
  worker.on('exit', () => show('exit'));
} else {
  net.createServer().listen(0, '127.0.0.1');
}
