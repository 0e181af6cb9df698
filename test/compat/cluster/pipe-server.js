// compat: process
// A worker listening on a Unix-socket path: the primary's 'listening' names the path (addressType -1).
'use strict';
const cluster = require('cluster');
const net = require('net');
const os = require('os');
const path = require('path');

const socketPath = path.join(os.tmpdir(), `node4j-cluster-pipe-${process.ppid}-${process.argv.length}.sock`);
if (cluster.isPrimary) {
  const worker = cluster.fork({ SOCKET_PATH: socketPath });
  worker.on('listening', (address) => {
    console.log('listening', address.addressType, address.address === socketPath, address.port, address.fd);
    net.connect(socketPath).setEncoding('utf8').on('data', (d) => {
      console.log('answer', d);
      worker.disconnect();
    });
  });
  worker.on('exit', (code) => console.log('exit', code));
} else {
  net.createServer((s) => s.end('from worker ' + cluster.worker.id)).listen(process.env.SOCKET_PATH);
}
