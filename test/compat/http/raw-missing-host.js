// HTTP/1.1 requests without Host get 400 (requireHostHeader), unless the option is off.
'use strict';
const http = require('http');
const { raw } = require('./_raw');

const strict = http.createServer((req, res) => {
  console.log('strict handler ran');
  res.end('x');
});
const lax = http.createServer({ requireHostHeader: false }, (req, res) => res.end(String(req.headers.host)));
strict.listen(0, '127.0.0.1', () => lax.listen(0, '127.0.0.1', async () => {
  console.log(JSON.stringify(await raw(strict.address().port, 'GET / HTTP/1.1\r\n\r\n', { end: false })));
  console.log(JSON.stringify(await raw(strict.address().port, 'GET / HTTP/1.0\r\n\r\n', { end: false })));
  console.log(JSON.stringify(await raw(lax.address().port, 'GET / HTTP/1.1\r\n\r\n')));
  strict.close();
  lax.close();
}));
