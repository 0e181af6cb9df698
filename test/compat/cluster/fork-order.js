// compat: process
// One worker's life as the primary sees it: setup and fork come on a tick after fork(), then online;
// a disconnect from the primary gives 'disconnect' and then 'exit' (code 0), on the worker and the cluster.
'use strict';
const cluster = require('cluster');

if (cluster.isPrimary) {
  const log = (...args) => console.log(...args);
  cluster.on('setup', (settings) => log('cluster setup', typeof settings.exec, settings.args, settings.silent));
  cluster.on('fork', (w) => log('cluster fork', w.id, w.state));
  cluster.on('online', (w) => log('cluster online', w.id, w.state));
  cluster.on('disconnect', (w) => log('cluster disconnect', w.id, w.state));
  cluster.on('exit', (w, code, signal) => log('cluster exit', w.id, code, signal, w.state));
  const worker = cluster.fork();
  log('forked', worker.id, worker.state, worker.exitedAfterDisconnect, worker instanceof cluster.Worker);
  worker.on('online', () => { log('worker online'); worker.disconnect(); });
  worker.on('disconnect', () => log('worker disconnect'));
  worker.on('exit', (code, signal) => log('worker exit', code, signal));
  process.nextTick(() => log('tick after fork'));
}
