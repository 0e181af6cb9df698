// compat: process
// Seed: 001_6131f5489183c113.txt (dev.to), "Clustering in Node.js": "we can scale Node.js applications
// by creating multiple server processes (workers) using the cluster module ... Each worker is a separate
// instance of the server and handles requests independently". Deterministic version: two workers share a
// TCP server on 127.0.0.1 port 0; the primary is the client, sends four requests one after the other and
// prints facts about the answers (which worker answers which request is up to the scheduler).
'use strict';
const cluster = require('cluster');
const net = require('net');

const N = 2;
if (cluster.isPrimary) {
  let listening = 0;
  let port;
  for (let i = 0; i < N; i++) cluster.fork();
  cluster.on('listening', (worker, address) => {
    port = address.port;
    console.log('a worker is listening on', address.address, typeof address.port);
    if (++listening === N) ask(4, []);
  });
  function ask(left, answers) {
    if (left === 0) {
      console.log('answers:', answers.length);
      console.log('all answered by workers:', answers.every((a) => a.startsWith('worker ') && !a.endsWith(` ${process.pid}`)));
      for (const w of Object.values(cluster.workers)) w.kill();
      return;
    }
    const c = net.connect(port, '127.0.0.1');
    let text = '';
    c.setEncoding('utf8');
    c.on('data', (d) => { text += d; });
    c.on('end', () => { answers.push(text); ask(left - 1, answers); });
    c.end('request ' + left);
  }
  let exited = 0;
  cluster.on('exit', () => { if (++exited === N) console.log('all workers gone'); });
} else {
  net.createServer((socket) => {
    socket.on('data', () => socket.end(`worker ${process.pid}`));
  }).listen(0, '127.0.0.1');
}
