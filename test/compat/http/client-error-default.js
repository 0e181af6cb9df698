// Without a 'clientError' listener the server answers a bad request with 400 and closes the socket.
'use strict';
const http = require('http');
const { raw } = require('./_raw');

const server = http.createServer((req, res) => res.end('ok'));
server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  console.log(JSON.stringify(await raw(port, 'BAD / HTTP/1.1\r\n\r\n', { end: false })));
  console.log(JSON.stringify(await raw(port, 'GET / HTTP/1.1\r\nHo st: x\r\n\r\n', { end: false })));
  console.log(JSON.stringify(await raw(port, `GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20000)}\r\n\r\n`,
                                       { end: false })));
  server.close();
});
