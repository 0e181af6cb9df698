// A HEAD request's response has headers (even Content-Length) but no body.
'use strict';
const http = require('http');

const server = http.createServer((req, res) => {
  res.setHeader('Content-Length', 10);
  res.end(req.method === 'HEAD' ? undefined : '0123456789');
});
server.listen(0, '127.0.0.1', () => {
  const req = http.request({ port: server.address().port, host: '127.0.0.1', method: 'HEAD' }, (res) => {
    console.log(res.statusCode, res.headers['content-length']);
    res.on('data', () => console.log('unexpected data'));
    res.on('end', () => {
      console.log('end', res.complete);
      server.close();
    });
  });
  req.end();
});
