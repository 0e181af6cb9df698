// compat: process
// A worker listening on a port the primary already uses gets Node's bind EADDRINUSE on its server.
'use strict';
const cluster = require('cluster');
const net = require('net');

if (cluster.isPrimary) {
  const blocker = net.createServer().listen(0, '127.0.0.1', () => {
    const port = blocker.address().port;
    const worker = cluster.fork({ BUSY_PORT: String(port) });
    worker.on('message', (e) => {
      console.log(e.message === `bind EADDRINUSE 127.0.0.1:${port}`, e.code, e.errno, e.syscall, e.address, e.port === port);
    });
    worker.on('listening', () => console.log('unexpected listening'));
    worker.on('exit', (code) => {
      console.log('exit', code);
      blocker.close();
    });
  });
} else {
  const server = net.createServer();
  server.on('error', (e) => {
    process.send({ message: e.message, code: e.code, errno: e.errno, syscall: e.syscall, address: e.address, port: e.port });
    cluster.worker.disconnect();
  });
  server.listen(Number(process.env.BUSY_PORT), '127.0.0.1');
}
