// compat: process
// listen({ port: 0, exclusive: true }) in workers: each worker's server has a port of its own.
'use strict';
const cluster = require('cluster');
const net = require('net');

if (cluster.isPrimary) {
  const ports = [];
  let listeningEvents = 0;
  cluster.on('listening', () => listeningEvents++);
  let exits = 0;
  cluster.on('exit', (w, code, signal) => {
    if (++exits === 2) console.log('both killed', signal, 'listening events', listeningEvents);
  });
  for (let i = 0; i < 2; i++) {
    cluster.fork().on('message', (port) => {
      ports.push(port);
      if (ports.length < 2) return;
      console.log('two ports', ports.length, 'different', ports[0] !== ports[1]);
      for (const worker of Object.values(cluster.workers)) worker.kill();
    });
  }
} else {
  const server = net.createServer().listen({ port: 0, host: '127.0.0.1', exclusive: true }, () => {
    process.send(server.address().port);
  });
}
