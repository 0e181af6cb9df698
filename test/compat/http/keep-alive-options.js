// keepAliveTimeout and maxRequestsPerSocket show in the Keep-Alive header; past the limit, 503.
'use strict';
const http = require('http');
const { raw } = require('./_raw');

const server = http.createServer((req, res) => res.end(req.url));
server.keepAliveTimeout = 7500;
server.maxRequestsPerSocket = 2;
server.listen(0, '127.0.0.1', async () => {
  const three = 'GET /1 HTTP/1.1\r\nHost: a\r\n\r\nGET /2 HTTP/1.1\r\nHost: a\r\n\r\nGET /3 HTTP/1.1\r\nHost: a\r\n\r\n';
  console.log(JSON.stringify(await raw(server.address().port, three, { end: false })));
  server.keepAliveTimeout = 0;
  server.maxRequestsPerSocket = 0;
  console.log(JSON.stringify(await raw(server.address().port, 'GET /x HTTP/1.1\r\nHost: a\r\n\r\n')));
  server.close();
});
