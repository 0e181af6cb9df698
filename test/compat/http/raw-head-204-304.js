// HEAD, 204 and 304 responses carry no body, whatever the handler writes.
'use strict';
const http = require('http');
const { raw } = require('./_raw');

const server = http.createServer((req, res) => {
  if (req.url === '/204') res.writeHead(204);
  else if (req.url === '/304') res.statusCode = 304;
  res.write('ignored?', (err) => console.log('write callback', req.method, req.url, err));
  res.end();
});
server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  console.log(JSON.stringify(await raw(port, 'HEAD / HTTP/1.1\r\nHost: a\r\n\r\n', { bodiless: true })));
  console.log(JSON.stringify(await raw(port, 'GET /204 HTTP/1.1\r\nHost: a\r\n\r\n')));
  console.log(JSON.stringify(await raw(port, 'GET /304 HTTP/1.1\r\nHost: a\r\n\r\n')));
  console.log(JSON.stringify(await raw(port, 'HEAD / HTTP/1.0\r\n\r\n')));
  server.close();
});
