// compat: process
// A worker calling process.exit(code): 'disconnect' then 'exit' with its code, exitedAfterDisconnect false.
'use strict';
const cluster = require('cluster');

if (cluster.isPrimary) {
  const worker = cluster.fork();
  const events = [];
  worker.on('online', () => events.push('online'));
  worker.on('disconnect', () => events.push('disconnect'));
  worker.on('exit', (code, signal) => {
    events.push('exit');
    console.log(events.sort(), code, signal, worker.exitedAfterDisconnect, worker.isDead());
    console.log('workers left', Object.keys(cluster.workers));
  });
} else {
  process.on('exit', (code) => process.send ? null : console.log('unreachable', code));
  setTimeout(() => process.exit(5), 20);
}
