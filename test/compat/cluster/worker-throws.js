// compat: process
// A worker throwing an uncaught error exits 1; with silent: true its stderr reaches the primary's pipe.
'use strict';
const cluster = require('cluster');

if (cluster.isPrimary) {
  cluster.setupPrimary({ silent: true });
  const worker = cluster.fork();
  let stderr = '';
  worker.process.stderr.setEncoding('utf8');
  worker.process.stderr.on('data', (d) => { stderr += d; });
  worker.process.stderr.on('end', () => {
    const lines = stderr.split('\n');
    console.log('stderr names the error:', lines.includes('Error: worker failed'));
  });
  cluster.on('exit', (w, code, signal) => console.log('exit', w.id, code, signal, w.exitedAfterDisconnect));
} else {
  setTimeout(() => { throw new Error('worker failed'); }, 10);
}
