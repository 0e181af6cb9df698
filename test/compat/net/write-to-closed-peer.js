// Writing to a connection whose peer is gone: the write fails with EPIPE or ECONNRESET (which one
// depends on timing in the kernel), the socket errors and closes; nothing throws.
'use strict';
const net = require('net');

const server = net.createServer((sock) => {
  sock.destroy(); // the peer goes away at once
});
server.listen(0, '127.0.0.1', () => {
  const client = net.connect(server.address().port, '127.0.0.1');
  client.on('connect', () => console.log('connected'));
  client.on('end', () => {
    console.log('peer ended; writing anyway (allowHalfOpen makes the socket writable)');
    let n = 0;
    const timer = setInterval(() => {
      if (client.destroyed) {
        clearInterval(timer);
        return;
      }
      client.write(Buffer.alloc(1024, n++), (err) => {
        if (err) console.log('write callback error', ['EPIPE', 'ECONNRESET'].includes(err.code), err.syscall);
      });
    }, 5);
  });
  client.on('error', (err) => {
    console.log('error', ['EPIPE', 'ECONNRESET'].includes(err.code), err.syscall, err.message.startsWith(`${err.syscall} ${err.code}`));
  });
  client.on('close', (hadError) => {
    console.log('close', hadError);
    server.close();
  });
  client.allowHalfOpen = true;
  client.resume();
});
