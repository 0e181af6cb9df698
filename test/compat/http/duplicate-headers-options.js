// joinDuplicateHeaders, on the server and on the client.
'use strict';
const http = require('http');
const { raw } = require('./_raw');

const server = http.createServer({ joinDuplicateHeaders: true }, (req, res) => {
  console.log('joined', { ...req.headers, host: req.headers.host.replace(/:\d+$/, ':PORT') });
  res.setHeader('X-R', ['1', '2']);
  res.setHeader('Content-Type', ['a', 'b']);
  res.end();
});
server.listen(0, '127.0.0.1', async () => {
  await raw(server.address().port, 'GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\nX: 1\r\nx: 2\r\nCookie: a\r\nCookie: b\r\n\r\n');
  const port = server.address().port;
  http.get({ port, host: '127.0.0.1', joinDuplicateHeaders: true }, (res) => {
    console.log('client joined', res.headers['x-r'], res.headers['content-type']);
    res.resume();
    http.get({ port, host: '127.0.0.1' }, (r) => {
      console.log('client default', r.headers['x-r'], r.headers['content-type'], r.headersDistinct['x-r']);
      r.resume();
      r.on('end', () => {
        server.close();
      });
    });
  });
});
