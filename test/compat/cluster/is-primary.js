// compat: process
// isPrimary, isMaster, isWorker, cluster.worker and the module's own properties on both sides.
'use strict';
const cluster = require('cluster');

function facts() {
  return {
    isPrimary: cluster.isPrimary, isMaster: cluster.isMaster, isWorker: cluster.isWorker,
    worker: cluster.worker === undefined ? 'undefined' : typeof cluster.worker,
    workers: typeof cluster.workers,
    keys: Object.keys(cluster).filter((k) => !k.startsWith('_e') && k !== '_maxListeners').sort(),
    fork: typeof cluster.fork, sameModule: require('node:cluster') === cluster,
  };
}
if (cluster.isPrimary) {
  console.log('primary', facts());
  const worker = cluster.fork();
  worker.on('message', (m) => {
    console.log('worker', m);
    worker.disconnect();
  });
} else {
  process.send(facts());
}
