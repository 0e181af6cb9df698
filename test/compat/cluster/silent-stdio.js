// compat: process
// silent: true pipes the worker's stdout and stderr to the primary (worker.process.stdout/stderr).
'use strict';
const cluster = require('cluster');

if (cluster.isPrimary) {
  cluster.setupPrimary({ silent: true });
  const worker = cluster.fork();
  console.log('pipes', worker.process.stdout !== null, worker.process.stderr !== null, worker.process.stdin !== null);
  const out = { stdout: '', stderr: '' };
  for (const name of ['stdout', 'stderr']) {
    worker.process[name].setEncoding('utf8');
    worker.process[name].on('data', (d) => { out[name] += d; });
  }
  worker.on('message', () => worker.disconnect());
  worker.on('exit', (code) => setTimeout(() => console.log('worker wrote', out, 'exit', code), 50));
} else {
  console.log('to stdout');
  console.error('to stderr');
  process.send('done');
}
