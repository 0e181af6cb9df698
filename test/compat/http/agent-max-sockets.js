// maxSockets 1: the second request waits in agent.requests until the first one's socket is free.
'use strict';
const http = require('http');

const server = http.createServer((req, res) => setTimeout(() => res.end(req.url), 20));
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  let done = 0;
  for (const path of ['/a', '/b', '/c']) {
    const req = http.get({ port, host: '127.0.0.1', path, agent }, (res) => {
      res.setEncoding('utf8');
      res.on('data', (d) => console.log('body', d, req.reusedSocket));
      res.on('end', () => {
        if (++done === 3) {
          agent.destroy();
          server.close();
        }
      });
    });
  }
  const name = `127.0.0.1:${port}:`;
  console.log(agent.requests[name].length, agent.totalSocketCount);
});
