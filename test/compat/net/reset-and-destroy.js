// resetAndDestroy() closes with a reset: the peer's read fails with ECONNRESET, the resetting side
// closes without an error. On a pipe it throws; on a socket without a handle it errors.
'use strict';
const net = require('net');

const server = net.createServer((sock) => {
  sock.on('error', (err) => console.log('server socket error', err.code, err.message));
  sock.on('close', (hadError) => {
    console.log('server socket close', hadError);
    server.close();
  });
  sock.write('ready');
});
server.listen(0, '127.0.0.1', () => {
  const client = net.connect(server.address().port, '127.0.0.1');
  client.once('data', () => {
    console.log('returns the socket', client.resetAndDestroy() === client);
    console.log('destroyed', client.destroyed);
  });
  client.on('error', (err) => console.log('client error?!', err.code));
  client.on('close', (hadError) => console.log('client close', hadError));
});

const fresh = new net.Socket();
fresh.on('error', (err) => console.log('no handle:', err.code, err.message));
fresh.resetAndDestroy();
