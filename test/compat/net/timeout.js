// setTimeout: 'timeout' after idleness (not an error: the socket stays open until destroyed);
// activity restarts the timer; setTimeout(0) turns it off; the callback form; the timeout property.
'use strict';
const net = require('net');

const start = Date.now();
const server = net.createServer((sock) => {
  sock.on('data', () => {});
  sock.on('error', () => {});
});
server.listen(0, '127.0.0.1', () => {
  const client = net.connect(server.address().port, '127.0.0.1');
  client.setTimeout(100, () => {
    const elapsed = Date.now() - start;
    console.log('timeout callback; waited at least 100 ms since the last write:', elapsed >= 140);
    console.log('still open', client.readyState, client.destroyed, 'timeout', client.timeout);
    client.setTimeout(0);
    console.log('after setTimeout(0)', client.timeout);
    setTimeout(() => {
      console.log('no second timeout');
      client.destroy();
      server.close();
    }, 200);
  });
  client.on('timeout', () => console.log('timeout event'));
  // Writes every 20 ms keep it from firing for a while.
  let n = 0;
  const timer = setInterval(() => {
    client.write('x');
    if (++n === 3) clearInterval(timer);
  }, 20);
});
