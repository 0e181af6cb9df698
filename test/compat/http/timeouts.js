// Timeouts: a client request's setTimeout, a server's setTimeout, and the timeout option.
'use strict';
const http = require('http');

const server = http.createServer((req, res) => {
  if (req.url === '/never') return;
  res.end('ok');
});
server.setTimeout(300, (socket) => {
  console.log('server timeout', typeof socket.destroy);
  socket.destroy();
});
console.log(server.timeout, server.keepAliveTimeout, server.headersTimeout, server.requestTimeout,
            server.maxHeadersCount, server.maxRequestsPerSocket);
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const req = http.get({ port, host: '127.0.0.1', path: '/never', agent: false });
  req.setTimeout(100, () => {
    console.log('client timeout');
    req.destroy();
  });
  req.on('error', (err) => console.log('client error', err.code, err.message));
  req.on('close', () => {
    console.log('client close');
    const second = http.get({ port, host: '127.0.0.1', path: '/never', timeout: 50, agent: false });
    second.on('timeout', () => {
      console.log('timeout option fired', second.timeout);
      second.destroy(new Error('gave up'));
    });
    second.on('error', (err) => {
      console.log('second error', err.message);
      server.close(() => console.log('closed'));
    });
  });
});
