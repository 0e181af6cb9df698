// flushHeaders sends the head before any body; the client sees the response before the body ends.
'use strict';
const http = require('http');

const server = http.createServer((req, res) => {
  res.setHeader('X-Early', 'yes');
  res.flushHeaders();
  console.log('headersSent', res.headersSent);
  req.socket.once('drain', () => {});
  setTimeout(() => res.end('late body'), 30);
});
server.listen(0, '127.0.0.1', () => {
  const req = http.request({ port: server.address().port, host: '127.0.0.1', method: 'POST' }, (res) => {
    console.log('response', res.statusCode, res.headers['x-early'], res.headers['transfer-encoding']);
    res.setEncoding('utf8');
    res.on('data', (d) => console.log('data', d));
    res.on('end', () => server.close());
  });
  req.flushHeaders();
  console.log('client headersSent', req.headersSent);
  setTimeout(() => req.end(), 10);
});
