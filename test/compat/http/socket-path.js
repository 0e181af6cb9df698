// A server on a Unix socket, reached with the socketPath option; and createConnection supplied by the caller.
'use strict';
const http = require('http');
const net = require('net');
const os = require('os');
const path = require('path');

const socketPath = path.join(os.tmpdir(), `node4j-http-${process.pid}.sock`);
const server = http.createServer((req, res) => res.end(`${req.url} ${req.headers.host}`));
server.listen(socketPath, () => {
  http.get({ socketPath, path: '/over-unix' }, (res) => {
    res.setEncoding('utf8');
    res.on('data', (d) => console.log('socketPath', d));
    res.on('end', () => {
      const req = http.get({
        path: '/custom',
        host: 'made.up',
        createConnection(options, cb) {
          console.log('createConnection', options.host, options.port, typeof cb);
          return net.createConnection(socketPath);
        },
      }, (r) => {
        r.setEncoding('utf8');
        r.on('data', (d) => console.log('createConnection', d));
        r.on('end', () => server.close());
      });
      console.log('agent', req.agent);
    });
  });
});
