// compat: process
// cluster.fork() exists only in the primary; in a worker the module has no fork, workers or settings.
'use strict';
const cluster = require('cluster');

if (cluster.isPrimary) {
  const worker = cluster.fork();
  worker.on('message', (m) => {
    console.log(m);
    worker.disconnect();
  });
} else {
  process.send({
    fork: typeof cluster.fork, workers: typeof cluster.workers, settings: typeof cluster.settings,
    setupPrimary: typeof cluster.setupPrimary, disconnect: typeof cluster.disconnect,
    workerDisconnect: typeof cluster.worker.disconnect, Worker: typeof cluster.Worker,
  });
}
