// A 'checkExpectation' listener handles expectations other than 100-continue.
'use strict';
const http = require('http');
const { raw } = require('./_raw');

const server = http.createServer((req, res) => res.end('request'));
server.on('checkExpectation', (req, res) => {
  console.log('checkExpectation', req.headers.expect);
  res.end('handled');
});
server.listen(0, '127.0.0.1', async () => {
  console.log(JSON.stringify(await raw(server.address().port, 'GET / HTTP/1.1\r\nHost: a\r\nExpect: foo\r\n\r\n')));
  server.close();
});
