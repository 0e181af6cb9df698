// headersTimeout: a client that never finishes its head gets 408 once the periodic check runs.
'use strict';
const http = require('http');
const { raw } = require('./_raw');

const server = http.createServer({ headersTimeout: 100, requestTimeout: 200, connectionsCheckingInterval: 30 },
                                 (req, res) => res.end('never'));
console.log(server.headersTimeout, server.requestTimeout);
server.listen(0, '127.0.0.1', async () => {
  console.log(JSON.stringify(await raw(server.address().port, 'GET / HTTP/1.1\r\nHost: a\r\n', { end: false })));
  server.on('clientError', (err, socket) => {
    console.log('clientError', err.code, err.message);
    socket.destroy();
  });
  console.log(JSON.stringify(await raw(server.address().port, 'GET / HTTP/1.1\r\n', { end: false })));
  server.close();
});
