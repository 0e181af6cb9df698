// Bodies nobody reads: the server drops an unread request body and the connection stays usable; a
// client response without a 'response' listener is drained; Upgrade without an 'upgrade' listener
// is an ordinary request.
'use strict';
const http = require('http');
const { raw } = require('./_raw');

const server = http.createServer((req, res) => {
  console.log('request', req.method, req.url, req.upgrade);
  res.setHeader('Content-Length', 4);
  res.write('ab');
  res.end('cd');
});
server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  const two = 'POST /unread HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\n\r\nhelloGET /next HTTP/1.1\r\nHost: a\r\n\r\n';
  console.log(JSON.stringify(await raw(port, two, { responses: 2 })));
  console.log(JSON.stringify(await raw(port,
    'GET /up HTTP/1.1\r\nHost: a\r\nConnection: Upgrade\r\nUpgrade: x\r\n\r\n')));
  console.log(JSON.stringify(await raw(port,
    'POST /te HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: gzip, chunked\r\n\r\n1\r\nz\r\n0\r\n\r\n')));
  const agent = new http.Agent({ keepAlive: true });
  const first = http.get({ port, host: '127.0.0.1', agent, path: '/ignored' });
  first.on('close', () => {
    http.get({ port, host: '127.0.0.1', agent, path: '/after' }, (res) => {
      console.log('reused', res.req.reusedSocket);
      res.resume();
      res.on('end', () => {
        agent.destroy();
        server.close();
      });
    });
  });
});
