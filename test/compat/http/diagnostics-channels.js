// The http diagnostics channels and the order they publish in, on both sides of one exchange.
'use strict';
const dc = require('diagnostics_channel');
const http = require('http');

const names = ['http.client.request.created', 'http.client.request.start', 'http.client.request.error',
               'http.client.response.finish', 'http.server.request.start', 'http.server.response.created',
               'http.server.response.finish'];
for (const name of names) {
  dc.subscribe(name, (message) => {
    const parts = Object.keys(message).map((k) => `${k}:${message[k]?.constructor?.name}`);
    console.log(name, parts.join(' '));
  });
}
const server = http.createServer((req, res) => {
  console.log('request event');
  res.end('ok');
});
server.listen(0, '127.0.0.1', () => {
  const req = http.get({ port: server.address().port, host: '127.0.0.1', agent: false }, (res) => {
    console.log('response event');
    res.resume();
    res.on('end', () => {
      const bad = http.get({ port: 1, host: '127.0.0.1' });
      bad.on('error', (err) => {
        console.log('error event', err.code);
        server.close();
      });
    });
  });
  console.log('request created', req.method);
});
