// compat: process
// cluster.disconnect(cb): every worker disconnects (servers closed) and exits; cb after the last
// 'disconnect'; with no workers left, cb still comes (on a tick).
'use strict';
const cluster = require('cluster');
const net = require('net');

if (cluster.isPrimary) {
  cluster.fork();
  cluster.fork();
  let listening = 0;
  let disconnects = 0;
  cluster.on('disconnect', () => disconnects++);
  cluster.on('listening', () => {
    if (++listening < 2) return;
    cluster.disconnect(() => {
      console.log('callback: disconnects', disconnects, 'workers', Object.keys(cluster.workers));
      cluster.disconnect(() => console.log('second callback, nothing to do'));
      console.log('sync after second disconnect()');
    });
  });
  let exits = 0;
  cluster.on('exit', (w, code, signal) => {
    if (++exits === 2) console.log('both exited', code, signal, w.exitedAfterDisconnect);
  });
} else {
  net.createServer().listen(0, '127.0.0.1');
}
