// A response without Content-Length or chunking is read until the server closes; and a chunked
// response with trailers is decoded.
'use strict';
const http = require('http');
const net = require('net');

const responses = [
  'HTTP/1.1 200 OK\r\nX-A: 1\r\n\r\nuntil the end',
  'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n4\r\nWiki\r\n5\r\npedia\r\n0\r\nX-T: done\r\n\r\n',
  'HTTP/1.0 404 Not Here\r\nContent-Length: 3\r\n\r\nabc',
];
let i = 0;
const server = net.createServer((socket) => {
  const response = responses[i++];
  socket.once('data', () => socket.end(response));
});
function get() {
  return new Promise((resolve) => {
    http.get({ port: server.address().port, host: '127.0.0.1' }, (res) => {
      let body = '';
      res.on('data', (d) => { body += d; });
      res.on('end', () => {
        console.log(res.statusCode, res.statusMessage, res.httpVersion, JSON.stringify(body), res.trailers, res.complete);
        resolve();
      });
    });
  });
}
server.listen(0, '127.0.0.1', async () => {
  await get();
  await get();
  await get();
  server.close();
});
