// maxConnections: connections beyond it are closed at once and reported with 'drop'; the client
// sees its connection end.
'use strict';
const net = require('net');

const server = net.createServer((sock) => {
  console.log('accepted; connections now', server._connections);
  sock.on('data', () => {});
});
server.maxConnections = 1;
server.on('drop', (data) => {
  console.log('drop', Object.keys(data).join(','), data.localAddress, data.localFamily, data.remoteAddress,
              data.remoteFamily, typeof data.localPort, typeof data.remotePort);
});
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const first = net.connect(port, '127.0.0.1', () => {
    const second = net.connect(port, '127.0.0.1');
    second.on('error', (e) => console.log('second: error', e.code));
    second.on('end', () => console.log('second: end'));
    second.on('data', () => {});
    second.on('close', () => {
      console.log('second: close');
      first.destroy();
      server.close(() => console.log('server closed'));
    });
  });
});
