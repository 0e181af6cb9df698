// Request bodies by Content-Length and by chunks (with trailers), read as data events and as a whole.
'use strict';
const http = require('http');
const { raw } = require('./_raw');

const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (d) => chunks.push(d));
  req.on('end', () => {
    console.log(req.method, req.url, JSON.stringify(Buffer.concat(chunks).toString()), req.complete);
    console.log('trailers', req.trailers, req.rawTrailers);
    res.end(`got ${Buffer.concat(chunks).length}`);
  });
  req.on('close', () => console.log('req close', req.url));
});
server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  console.log(JSON.stringify(await raw(port, 'POST /cl HTTP/1.1\r\nHost: a\r\nContent-Length: 11\r\n\r\nhello world')));
  console.log(JSON.stringify(await raw(port, 'POST /chunked HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n' +
    '5\r\nhello\r\n1;ext=1\r\n \r\nA\r\n0123456789\r\n0\r\nX-Sum: 16\r\nX-Other: b\r\n\r\n')));
  console.log(JSON.stringify(await raw(port, 'PUT /empty HTTP/1.1\r\nHost: a\r\nContent-Length: 0\r\n\r\n')));
  server.close();
});
