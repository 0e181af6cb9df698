// Writes before end make a chunked response on HTTP/1.1, a close-delimited one on HTTP/1.0.
'use strict';
const http = require('http');
const { raw } = require('./_raw');

const server = http.createServer((req, res) => {
  res.write('first,');
  res.write(Buffer.from('second,'));
  res.write('');
  res.write('caf\u00e9', 'utf8');
  res.end('!', () => console.log('end callback'));
});
server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  console.log(JSON.stringify(await raw(port, 'GET / HTTP/1.1\r\nHost: a\r\n\r\n')));
  console.log(JSON.stringify(await raw(port, 'GET / HTTP/1.0\r\n\r\n')));
  console.log(JSON.stringify(await raw(port, 'GET / HTTP/1.0\r\nTE: chunked\r\n\r\n')));
  server.close();
});
