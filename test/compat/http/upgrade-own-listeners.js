'use strict';
// On an upgrade the server takes away only its own socket listeners: the program's stay. http
// re-exports the WebSocket globals.
const http = require('http');
const net = require('net');
console.log(http.WebSocket === WebSocket, http.CloseEvent === CloseEvent, http.MessageEvent === MessageEvent);
const server = http.createServer();
server.on('connection', (socket) => {
  socket.on('close', () => {
    console.log('program close listener ran');
    server.close();
  });
  socket.on('end', () => console.log('program end listener ran'));
});
server.on('upgrade', (req, socket, head) => {
  console.log('upgrade', req.headers.upgrade, head.toString(), socket.listenerCount('close'), socket.listenerCount('data'));
  socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: echo\r\nConnection: Upgrade\r\n\r\n');
  socket.on('data', (d) => socket.end(d));
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => {
    c.write('GET / HTTP/1.1\r\nHost: x\r\nUpgrade: echo\r\nConnection: Upgrade\r\n\r\nhello');
  });
  let got = '';
  c.on('data', (d) => { got += d; if (got.includes('\r\n\r\n') && !got.endsWith('ping')) c.write('ping'); });
  c.on('end', () => { console.log('client got', JSON.stringify(got.split('\r\n\r\n')[1])); c.end(); });
});
