// compat: process
// listen(0) without a host in a worker: the primary's 'listening' address is null (addressType 4);
// the worker's server is on the IPv6 wildcard.
'use strict';
const cluster = require('cluster');
const net = require('net');

if (cluster.isPrimary) {
  const worker = cluster.fork();
  cluster.on('listening', (w, address) => {
    console.log('listening', address.address, address.addressType, typeof address.port, address.fd);
  });
  worker.on('message', (m) => {
    console.log('worker server', m);
    worker.disconnect();
  });
} else {
  const server = net.createServer().listen(0, () => {
    const { address, family } = server.address();
    process.send({ address, family, listening: server.listening });
  });
}
