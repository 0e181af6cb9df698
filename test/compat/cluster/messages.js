// compat: process
// Messages both ways: worker.send / process.send; the cluster's 'message' comes before the worker's;
// cluster's own messages never reach 'message' listeners.
'use strict';
const cluster = require('cluster');

if (cluster.isPrimary) {
  const worker = cluster.fork();
  cluster.on('message', (w, message, handle) => console.log('cluster message', w.id, message, handle));
  worker.on('message', (message) => {
    console.log('worker message', message);
    if (message.count === 3) {
      console.log('every message the worker got:', message.all);
      worker.disconnect();
    } else {
      worker.send({ reply: message.count });
    }
  });
  worker.on('online', () => worker.send({ hello: 'worker' }));
} else {
  const all = [];
  let count = 0;
  process.on('message', (message) => {
    all.push(message);
    count++;
    process.send({ count, all: count === 3 ? all : undefined });
  });
  cluster.worker.on('message', (message) => all.push({ viaWorker: message }));
}
