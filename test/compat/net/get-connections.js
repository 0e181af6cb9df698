// getConnections counts the open connections (callback on a tick); it drops as sockets close.
'use strict';
const net = require('net');

const server = net.createServer();
const clients = [];
let accepted = 0;
server.on('connection', (sock) => {
  sock.on('data', () => {});
  if (++accepted === 3) {
    let sync = true;
    server.getConnections((err, count) => {
      console.log('with three:', err, count, 'async:', !sync);
      clients[0].end();
      clients[1].destroy();
    });
    sync = false;
  }
  sock.on('close', () => {
    server.getConnections((err, count) => {
      console.log('after a close:', err, count);
      if (count === 1) {
        clients[2].end();
      } else if (count === 0) {
        server.close(() => console.log('closed', server._connections));
      }
    });
  });
});
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  console.log('before any:', server._connections);
  for (let i = 0; i < 3; i++) {
    const c = net.connect(port, '127.0.0.1');
    c.on('data', () => {});
    clients.push(c);
  }
});
