// net.connect({ timeout }): the idle timeout starts at connect() (timeout event on an idle
// connection); server-side sockets can time out too.
'use strict';
const net = require('net');

const server = net.createServer((sock) => {
  sock.setTimeout(60);
  sock.on('timeout', () => {
    console.log('server socket timeout; ending it');
    sock.end();
  });
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect({ port: server.address().port, host: '127.0.0.1', timeout: 30 });
  console.log('timeout property', c.timeout);
  c.on('timeout', () => console.log('client timeout (idle; not destroyed:', !c.destroyed + ')'));
  c.on('end', () => {
    console.log('client: server ended');
    c.end();
  });
  c.on('close', () => server.close(() => console.log('closed')));
});
