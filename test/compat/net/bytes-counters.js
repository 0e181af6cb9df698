// bytesRead and bytesWritten on both sides, for strings of several encodings and buffers, and
// after the sockets are destroyed.
'use strict';
const net = require('net');

const server = net.createServer((sock) => {
  sock.on('data', () => {});
  sock.on('end', () => {
    console.log('server read', sock.bytesRead, 'written', sock.bytesWritten);
    sock.end('€€€', () => console.log('server wrote', sock.bytesWritten));
  });
  sock.on('close', () => console.log('server after close', sock.bytesRead, sock.bytesWritten));
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => {
    c.write('ascii');
    c.write('ü', 'latin1');
    c.write('ü');
    c.write(Buffer.alloc(10));
    c.write('ff00', 'hex');
    console.log('client bytesWritten', c.bytesWritten);
    c.end();
  });
  c.on('data', () => {});
  c.on('end', () => console.log('client read', c.bytesRead));
  c.on('close', () => {
    console.log('client after close', c.bytesRead, c.bytesWritten);
    server.close();
  });
});
