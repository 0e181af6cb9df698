'use strict';
// compat: process
// process.getActiveResourcesInfo() and _getActiveHandles() with net: a listening TCP server
// (TCPServerWrap), a connecting client (its lookup, then TCPConnectWrap... as Node lists them), the
// accepted and connected sockets (TCPSocketWrap), a Unix-socket server (PipeWrap); each leaves the
// list once closed. Snapshots are printed at the end.
const net = require('net');
const os = require('os');
const path = require('path');
const seen = [];
const info = () => JSON.stringify(process.getActiveResourcesInfo());
const owners = () => process._getActiveHandles().map((h) => h.constructor.name).join(',');

const server = net.createServer((sock) => {
  seen.push(`accepted: ${info()}`);
  sock.end();
});
server.listen(0, '127.0.0.1', () => {
  seen.push(`listening: ${info()} ${owners()}`);
  const client = net.connect(server.address().port, '127.0.0.1');
  seen.push(`connecting: ${info()}`);
  client.on('connect', () => seen.push(`connected: ${info()}`));
  client.resume();
  client.on('close', () => {
    server.close(() => {
      setTimeout(() => {
        seen.push(`all closed: ${info()}`);
        const file = path.join(os.tmpdir(), `n4j-active-${process.pid}.sock`);
        const unix = net.createServer().listen(file, () => {
          seen.push(`unix server: ${info()} ${owners()}`);
          server.unref();
          unix.unref();
          seen.push(`unref'd: ${info()}`);
          unix.close(() => {
            console.log(seen.join('\n'));
          });
        });
      }, 1);
    });
  });
});
