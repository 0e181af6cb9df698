// writeHead with a reason, an object, a flat array and an array of pairs, merged with setHeader's.
'use strict';
const http = require('http');
const { raw } = require('./_raw');

const server = http.createServer((req, res) => {
  switch (req.url) {
    case '/reason': res.writeHead(201, 'Made It', { 'X-A': '1' }); break;
    case '/object': res.setHeader('X-Set', 'yes'); res.writeHead(202, { 'X-B': ['1', '2'], 'Content-Length': 2 }); break;
    case '/flat': res.writeHead(200, ['X-C', '1', 'X-C', '2', 'Content-Length', '2']); break;
    case '/pairs': res.writeHead(200, [['X-D', '1'], ['X-D', '2']]); break;
    case '/flat-merge': res.setHeader('X-E', 'old'); res.setHeader('X-F', 'kept'); res.writeHead(200, ['X-E', 'new']); break;
    case '/unknown': res.statusMessage = undefined; res.writeHead(599); break;
    case '/custom-message': res.statusCode = 404; res.statusMessage = 'Gone Fishing'; break;
    case '/no-date': res.sendDate = false; res.removeHeader('connection'); break;
  }
  res.end('ok');
});
server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  for (const path of ['/reason', '/object', '/flat', '/pairs', '/flat-merge', '/unknown', '/custom-message', '/no-date']) {
    console.log(JSON.stringify(await raw(port, `GET ${path} HTTP/1.1\r\nHost: a\r\n\r\n`)));
  }
  server.close();
});
