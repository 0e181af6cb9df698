// compat: process
// A worker with nothing to do stays alive while its channel is open (cluster listens on it); the
// primary's disconnect lets it end with code 0.
'use strict';
const cluster = require('cluster');

if (cluster.isPrimary) {
  const worker = cluster.fork();
  const started = Date.now();
  worker.on('online', () => setTimeout(() => {
    console.log('still alive after 300 ms:', !worker.isDead());
    worker.disconnect();
  }, 300));
  worker.on('exit', (code, signal) => console.log('exit', code, signal, Date.now() - started >= 300));
}
