// A response ended with its whole body gets Content-Length, Date, and keep-alive headers.
'use strict';
const http = require('http');
const { raw } = require('./_raw');

const server = http.createServer((req, res) => {
  res.setHeader('X-Test', 'yes');
  res.setHeader('Content-Type', 'text/plain');
  res.end('hello world');
});
server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  console.log(JSON.stringify(await raw(port, 'GET / HTTP/1.1\r\nHost: a\r\n\r\n')));
  console.log(JSON.stringify(await raw(port, 'GET / HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n')));
  console.log(JSON.stringify(await raw(port, 'GET / HTTP/1.0\r\n\r\n')));
  console.log(JSON.stringify(await raw(port, 'GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n')));
  server.close(() => console.log('closed'));
});
