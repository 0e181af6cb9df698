// addTrailers on a chunked response, writeEarlyHints, writeProcessing, and what a client sees of them.
'use strict';
const http = require('http');
const { raw } = require('./_raw');

const server = http.createServer((req, res) => {
  if (req.url === '/hints') {
    res.writeEarlyHints({ link: ['</a.css>; rel=preload', '</b.js>; rel=preload'], 'x-extra': 'e' });
    res.writeProcessing();
    res.end('after hints');
    return;
  }
  res.setHeader('Trailer', 'X-Checksum');
  res.write('part');
  res.addTrailers({ 'X-Checksum': 'abc', 'X-Two': ['1', '2'] });
  res.end();
});
server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  console.log(JSON.stringify(await raw(port, 'GET /t HTTP/1.1\r\nHost: a\r\n\r\n')));
  console.log(JSON.stringify(await raw(port, 'GET /hints HTTP/1.1\r\nHost: a\r\n\r\n')));
  const req = http.get({ port, host: '127.0.0.1', path: '/hints' }, (res) => {
    res.resume();
    res.on('end', () => {
      http.get({ port, host: '127.0.0.1', path: '/t' }, (r) => {
        r.resume();
        r.on('end', () => {
          console.log('trailers', r.trailers, r.rawTrailers);
          server.close();
        });
      });
    });
  });
  req.on('information', (info) => console.log('information', info.statusCode, info.statusMessage, info.headers));
});
