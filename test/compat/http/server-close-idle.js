// server.close() closes idle keep-alive connections at once and waits for busy ones;
// closeAllConnections then ends those too.
'use strict';
const http = require('http');

let idleSocket;
const server = http.createServer((req, res) => {
  if (req.url !== '/hang') return res.end('ok');
  server.close(() => console.log('server closed'));
  console.log('close called', server.listening);
  setTimeout(() => {
    console.log('closing all');
    server.closeAllConnections();
  }, 50);
});
const agent = new http.Agent({ keepAlive: true });
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  http.get({ port, host: '127.0.0.1', agent }, (res) => {
    res.resume();
    res.on('end', () => setImmediate(() => {
      idleSocket = agent.freeSockets[`127.0.0.1:${port}:`][0];
      idleSocket.on('close', () => console.log('idle socket closed'));
      const hang = http.get({ port, host: '127.0.0.1', path: '/hang', agent: false });
      hang.on('error', (err) => console.log('hang error', err.code, err.message));
    }));
  });
});
