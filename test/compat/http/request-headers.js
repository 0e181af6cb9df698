// How a request's headers read: duplicates joined or dropped as Node does, rawHeaders as sent,
// headersDistinct, and the request line's fields.
'use strict';
const http = require('http');
const { raw } = require('./_raw');

const server = http.createServer((req, res) => {
  console.log(req.method, req.url, req.httpVersion, req.httpVersionMajor, req.httpVersionMinor);
  console.log(req.headers);
  console.log(req.rawHeaders);
  console.log(req.headersDistinct);
  console.log(req.complete, req.aborted, req.upgrade, req.socket === req.connection);
  res.end();
});
server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  await raw(port, 'GET /path?x=1&y=%20 HTTP/1.1\r\nHost: one\r\nhost: two\r\nAccept: a\r\naccept: b\r\n' +
    'Cookie: c=1\r\ncookie: d=2\r\nSet-Cookie: s1\r\nset-cookie: s2\r\nUser-Agent: u1\r\nUser-Agent: u2\r\n' +
    'X-Custom:   spaced value  \r\nContent-Type: text/a\r\ncontent-type: text/b\r\nEmpty:\r\n\r\n');
  await raw(port, 'DELETE * HTTP/1.0\r\n\r\n');
  server.close();
});
