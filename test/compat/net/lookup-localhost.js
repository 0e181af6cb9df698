// Connecting by name: 'lookup' (err, address, family, host) comes before 'connect'; the default
// host is localhost; an unresolvable name fails with ENOTFOUND from getaddrinfo.
'use strict';
const net = require('net');

const server = net.createServer((sock) => sock.end('hi'));
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const c = net.connect(port);
  c.on('lookup', (err, address, family, host) => console.log('lookup', err, address, family, host));
  c.on('connect', () => console.log('connect', c.remoteAddress));
  c.on('data', (d) => console.log('data', d.toString()));
  c.on('close', () => {
    const d = net.connect({ port, host: 'localhost', family: 4 });
    d.on('lookup', (err, address, family, host) => console.log('lookup (family 4)', err, address, family, host));
    d.resume();
    d.on('close', () => {
      const e = net.connect({ port, host: 'no-such-host.invalid' });
      e.on('lookup', (err, address, family, host) => console.log('lookup failed', err.code, address, family, host));
      e.on('error', (err) => {
        console.log('error', err.code, err.syscall, err.hostname, err.message);
        server.close();
      });
    });
  });
});
