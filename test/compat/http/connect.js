// CONNECT: the server's 'connect' event gets the tunnel's socket; the client's 'connect' gets it back.
'use strict';
const http = require('http');

const server = http.createServer((req, res) => res.end());
server.on('connect', (req, socket, head) => {
  console.log('server connect', req.method, req.url, JSON.stringify(head.toString()));
  socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
  socket.on('data', (d) => socket.end(`tunnel:${d}`));
});
server.listen(0, '127.0.0.1', () => {
  const req = http.request({ port: server.address().port, host: '127.0.0.1', method: 'CONNECT',
                             path: 'example.com:443' });
  req.on('connect', (res, socket, head) => {
    console.log('client connect', res.statusCode, res.statusMessage, JSON.stringify(head.toString()));
    socket.write('hi');
    socket.on('data', (d) => console.log('client got', d.toString()));
    socket.on('end', () => {
      socket.end();
      server.close(() => console.log('closed'));
    });
  });
  req.end();
});
