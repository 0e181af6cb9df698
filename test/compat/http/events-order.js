// The order of server, request, response and socket events for one keep-alive exchange.
'use strict';
const http = require('http');

const server = http.createServer();
server.on('connection', (socket) => {
  console.log('server connection', socket instanceof require('net').Socket);
  socket.on('close', () => console.log('server socket close'));
});
server.on('request', (req, res) => {
  console.log('request', req.url);
  req.on('end', () => console.log('req end'));
  req.on('close', () => console.log('req close'));
  res.on('finish', () => console.log('res finish'));
  res.on('close', () => console.log('res close'));
  req.resume();
  res.end('x');
});
server.on('close', () => console.log('server close event'));
server.listen(0, '127.0.0.1', () => {
  const req = http.get({ port: server.address().port, host: '127.0.0.1', agent: false }, (res) => {
    console.log('response');
    res.on('end', () => console.log('client res end'));
    res.on('close', () => {
      console.log('client res close');
      server.close();
    });
    res.resume();
  });
  req.on('socket', () => console.log('client socket'));
  req.on('finish', () => console.log('client finish'));
  req.on('close', () => console.log('client close'));
});
