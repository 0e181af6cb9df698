// A keep-alive agent reuses its free socket for the next request to the same origin.
'use strict';
const http = require('http');

const ports = [];
const server = http.createServer((req, res) => {
  ports.push(req.socket.remotePort);
  res.end(req.url);
});
const agent = new http.Agent({ keepAlive: true });
function get(path) {
  return new Promise((resolve) => {
    const req = http.get({ port: server.address().port, host: '127.0.0.1', path, agent }, (res) => {
      let body = '';
      res.on('data', (d) => { body += d; });
      res.on('end', () => resolve([body, req.reusedSocket]));
    });
  });
}
server.listen(0, '127.0.0.1', async () => {
  const name = agent.getName({ host: '127.0.0.1', port: server.address().port });
  console.log(name === `127.0.0.1:${server.address().port}:`);
  console.log(await get('/one'));
  await new Promise((r) => setImmediate(r));
  console.log(Object.keys(agent.freeSockets).length, Object.keys(agent.sockets).length);
  console.log(await get('/two'));
  console.log(await get('/three'));
  console.log(ports.length, ports.every((p) => p === ports[0]));
  agent.destroy();
  server.close(() => console.log('closed'));
});
