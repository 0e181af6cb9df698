// Malformed requests reach 'clientError' with llhttp's error shape.
'use strict';
const http = require('http');
const { raw } = require('./_raw');

const server = http.createServer((req, res) => res.end('ok'));
server.on('clientError', (err, socket) => {
  console.log(err.message, err.code, err.reason, err.bytesParsed, JSON.stringify(err.rawPacket.toString()),
              err instanceof Error, Object.keys(err));
  socket.end('HTTP/1.1 400 Bad Request\r\n\r\n');
});
const bad = [
  'FOO / HTTP/1.1\r\n\r\n',
  'GET / HTTP/1.1\r\nHost: x\r\nbad header\r\n\r\n',
  'GET / HTTP/9.1\r\n\r\n',
  'GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n',
  'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n',
  'get / HTTP/1.1\r\n\r\n',
];
server.listen(0, '127.0.0.1', async () => {
  for (const request of bad) console.log(JSON.stringify(await raw(server.address().port, request, { end: false })));
  server.close();
});
