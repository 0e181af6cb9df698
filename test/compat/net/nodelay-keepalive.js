// setNoDelay/setKeepAlive return the socket before and after connecting; the server's noDelay and
// keepAlive options; the connection works with them.
'use strict';
const net = require('net');

const server = net.createServer({ noDelay: true, keepAlive: true, keepAliveInitialDelay: 2000 }, (sock) => {
  console.log('server options', server.noDelay, server.keepAlive, server.keepAliveInitialDelay);
  console.log('server socket setNoDelay returns it', sock.setNoDelay(false) === sock);
  sock.end('ok');
});
server.listen(0, '127.0.0.1', () => {
  const c = new net.Socket();
  console.log('before connect', c.setNoDelay() === c, c.setKeepAlive(true, 1000) === c);
  c.connect({ port: server.address().port, host: '127.0.0.1', noDelay: true, keepAlive: true,
              keepAliveInitialDelay: 500 });
  c.on('connect', () => {
    console.log('after connect', c.setNoDelay(true) === c, c.setKeepAlive(false) === c, c.setKeepAlive(true, 0) === c);
  });
  c.setEncoding('utf8');
  c.on('data', (d) => console.log('data', d));
  c.on('close', () => server.close());
});
