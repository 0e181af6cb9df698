// Upgrade: the server's 'upgrade' event gets the socket and the bytes after the head; the client's
// 'upgrade' gets the 101 response and its socket.
'use strict';
const http = require('http');

const server = http.createServer((req, res) => res.end('plain'));
server.on('upgrade', (req, socket, head) => {
  console.log('server upgrade', req.method, req.url, req.headers.upgrade, JSON.stringify(head.toString()));
  socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: echo\r\nConnection: Upgrade\r\n\r\nwelcome');
  socket.on('data', (d) => socket.end(`echo:${d}`));
});
server.listen(0, '127.0.0.1', () => {
  const req = http.request({
    port: server.address().port, host: '127.0.0.1',
    headers: { Connection: 'Upgrade', Upgrade: 'echo' },
  });
  req.on('upgrade', (res, socket, head) => {
    console.log('client upgrade', res.statusCode, res.headers, JSON.stringify(head.toString()));
    let got = '';
    socket.on('data', (d) => { got += d; });
    socket.on('end', () => {
      console.log('client got', JSON.stringify(got));
      socket.end();
      server.close(() => console.log('closed'));
    });
    socket.write('ping');
  });
  req.on('response', () => console.log('unexpected response'));
  req.on('close', () => console.log('req close'));
  req.end('early');
});
