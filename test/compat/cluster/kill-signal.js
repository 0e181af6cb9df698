// compat: process
// worker.kill() in the primary: SIGTERM by default, another signal when given; the worker counts as
// connected when kill() returns; exitedAfterDisconnect stays false.
'use strict';
const cluster = require('cluster');

if (cluster.isPrimary) {
  const first = cluster.fork();
  first.on('online', () => {
    first.kill();
    console.log('after kill', first.isConnected(), first.exitedAfterDisconnect, Object.keys(cluster.workers));
  });
  first.on('exit', (code, signal) => {
    console.log('first exit', code, signal, first.exitedAfterDisconnect, first.state, Object.keys(cluster.workers));
    const second = cluster.fork();
    second.on('online', () => second.destroy('SIGKILL'));
    second.on('exit', (code, signal) => console.log('second exit', code, signal, second.exitedAfterDisconnect));
  });
} else {
  setInterval(() => {}, 1000);
}
