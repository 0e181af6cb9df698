// server.close(): no new connections, 'close' only after the last connection ends, on a tick; the
// listening state and address() meanwhile; the callback of a second close.
'use strict';
const net = require('net');

let conn;
const server = net.createServer((sock) => {
  conn = sock;
  sock.on('data', () => {});
  sock.on('close', () => console.log('connection closed'));
});
server.on('close', () => console.log('server close event'));
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const client = net.connect(port, '127.0.0.1', () => {
    setImmediate(() => {
      server.close((err) => console.log('close callback', err));
      console.log('after close(): listening', server.listening, 'address', server.address());
      process.nextTick(() => console.log('tick after close()'));
      setImmediate(() => {
        const late = net.connect(port, '127.0.0.1');
        late.on('error', (e) => {
          console.log('new connection refused:', e.code);
          console.log('ending the old one');
          client.end();
        });
      });
    });
  });
  client.on('data', () => {});
  client.on('close', () => console.log('client closed'));
});
process.on('exit', () => console.log('exit; conn destroyed', conn.destroyed));
