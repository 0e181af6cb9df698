// compat: process
// node:cluster through import(): the same module, default export and named exports.
'use strict';
const cluster = require('cluster');

if (cluster.isPrimary) {
  import('node:cluster').then((ns) => {
    console.log('default is the module:', ns.default === cluster, 'named:', ns.isPrimary, typeof ns.fork);
    const worker = cluster.fork();
    worker.on('message', (m) => { console.log('worker import', m); worker.disconnect(); });
  });
} else {
  import('cluster').then((ns) => process.send({ isWorker: ns.isWorker, id: ns.worker.id }));
}
