// Two requests in one packet are answered in order, even when the first answers later.
'use strict';
const http = require('http');
const { raw } = require('./_raw');

const server = http.createServer((req, res) => {
  console.log('request', req.method, req.url);
  if (req.url === '/slow') setTimeout(() => res.end('slow'), 50);
  else res.end('fast');
  res.on('finish', () => console.log('finish', req.url));
  res.on('close', () => console.log('close', req.url));
});
server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  const two = 'GET /slow HTTP/1.1\r\nHost: a\r\n\r\nGET /fast HTTP/1.1\r\nHost: a\r\n\r\n';
  console.log(JSON.stringify(await raw(port, two, { responses: 2 })));
  const three = 'GET /1 HTTP/1.1\r\nHost: a\r\n\r\nGET /2 HTTP/1.1\r\nHost: a\r\n\r\nGET /3 HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n';
  console.log(JSON.stringify(await raw(port, three, { end: false })));
  server.close();
});
