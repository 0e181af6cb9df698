// maxHeaderSize on a server: a head over the limit is refused with HPE_HEADER_OVERFLOW.
'use strict';
const http = require('http');
const { raw } = require('./_raw');

console.log(http.maxHeaderSize);
const server = http.createServer({ maxHeaderSize: 100 }, (req, res) => res.end('fine'));
server.on('clientError', (err, socket) => {
  console.log('clientError', err.code, err.message);
  socket.destroy();
});
server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  console.log(JSON.stringify(await raw(port, 'GET / HTTP/1.1\r\nHost: a\r\n\r\n')));
  console.log(JSON.stringify(await raw(port, `GET / HTTP/1.1\r\nHost: a\r\nX: ${'b'.repeat(200)}\r\n\r\n`)));
  server.close();
});
