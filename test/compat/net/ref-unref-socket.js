// compat: process
// An unref'd connected socket does not keep the process alive, even while it reads; ref() makes
// it count again; unref() before connect applies once connected. unref/ref return the socket.
'use strict';
const net = require('net');

// The server's ends are unref'd too: only the client sockets decide.
const server = net.createServer((sock) => {
  sock.on('data', () => {});
  sock.unref();
});
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  server.unref();
  const a = net.connect(port, '127.0.0.1');
  console.log('unref returns the socket', a.unref() === a);
  a.on('connect', () => {
    console.log('a connected (unref\'d, reading)');
    const b = net.connect(port, '127.0.0.1', () => {
      console.log('b connected, holds the loop for 50 ms');
      setTimeout(() => {
        b.unref();
        console.log('b unref\'d');
      }, 50);
    });
  });
});
process.on('exit', (code) => console.log('exit', code));
