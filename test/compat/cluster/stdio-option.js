// compat: process
// setupPrimary({ stdio }): an explicit stdio array with 'ipc' (stdout piped, stderr ignored).
'use strict';
const cluster = require('cluster');

if (cluster.isPrimary) {
  cluster.setupPrimary({ stdio: ['ignore', 'pipe', 'ignore', 'ipc'] });
  const worker = cluster.fork();
  let text = '';
  worker.process.stdout.setEncoding('utf8');
  worker.process.stdout.on('data', (d) => { text += d; });
  worker.process.stdout.on('end', () => console.log('stdout was', JSON.stringify(text), worker.process.stderr));
  worker.on('message', () => worker.disconnect());
} else {
  process.stdout.write('piped line\n');
  console.error('nobody reads this');
  process.send('done');
}
