// Client failures: a refused connection, and a server that closes without answering.
'use strict';
const http = require('http');
const net = require('net');

const closer = net.createServer((socket) => socket.on('data', () => socket.destroy()));
closer.listen(0, '127.0.0.1', () => {
  const refused = http.get({ host: '127.0.0.1', port: 1, path: '/' });
  refused.on('error', (err) => {
    console.log('refused', err.message, err.code, err.syscall, err.address, err.port);
    const hangUp = http.get({ host: '127.0.0.1', port: closer.address().port });
    hangUp.on('error', (e) => console.log('hang up', e.message, e.code));
    hangUp.on('close', () => {
      console.log('close after hang up');
      closer.close();
    });
  });
  refused.on('close', () => console.log('refused close'));
});
