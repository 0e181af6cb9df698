// pauseOnConnect: accepted sockets do not read until resumed; the client's data waits for it.
'use strict';
const net = require('net');

const server = net.createServer({ pauseOnConnect: true }, (sock) => {
  console.log('connection: paused', sock.isPaused(), 'flowing', sock.readableFlowing);
  sock.on('data', (d) => {
    console.log('data', d.toString());
    sock.end();
  });
  setTimeout(() => {
    console.log('resuming');
    sock.resume();
  }, 50);
});
console.log('pauseOnConnect', server.pauseOnConnect);
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => c.write('waited'));
  c.resume();
  c.on('close', () => server.close());
});
