// compat: process
// Worker ids count from 1 in fork order; cluster.workers is keyed by id; each worker knows its id.
'use strict';
const cluster = require('cluster');

if (cluster.isPrimary) {
  const forked = [cluster.fork(), cluster.fork(), cluster.fork()];
  console.log('ids', forked.map((w) => w.id), 'keys', Object.keys(cluster.workers));
  console.log('same objects', forked.every((w) => cluster.workers[w.id] === w));
  const seen = new Map();
  for (const w of forked) {
    w.on('message', (m) => {
      seen.set(w.id, m);
      if (seen.size < forked.length) return;
      for (const id of [...seen.keys()].sort()) console.log('worker', id, 'says', seen.get(id));
      cluster.disconnect(() => console.log('left', Object.keys(cluster.workers)));
    });
  }
} else {
  process.send({ id: cluster.worker.id, state: cluster.worker.state, keys: Object.keys(cluster.worker) });
}
