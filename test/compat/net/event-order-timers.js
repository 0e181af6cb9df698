// Where socket events fall among nextTick, promise jobs, setImmediate and setTimeout: connections
// and data in the poll phase (before that iteration's immediates), 'listening' on a tick after the
// synchronous code, a socket's 'close' from the close phase (after the server's, which comes on a
// tick once its last connection is destroyed).
'use strict';
const net = require('net');

const log = [];
const note = (s) => log.push(s);

const server = net.createServer((sock) => {
  note('server: connection');
  setImmediate(() => note('immediate from connection'));
  process.nextTick(() => note('tick from connection'));
  Promise.resolve().then(() => note('promise from connection'));
  sock.on('data', (d) => {
    note(`server: data ${d}`);
    setImmediate(() => note('immediate from data'));
    sock.end('bye');
  });
  sock.on('close', () => {
    note('server: socket close');
    setImmediate(() => note('immediate from close'));
    process.nextTick(() => note('tick from close'));
  });
});
server.listen(0, '127.0.0.1', () => {
  note('listening');
  const client = net.connect(server.address().port, '127.0.0.1');
  process.nextTick(() => note('tick after connect()'));
  setImmediate(() => note('immediate after connect()'));
  client.on('connect', () => {
    note('client: connect');
    client.write('hi');
  });
  client.on('data', (d) => note(`client: data ${d}`));
  client.on('end', () => note('client: end'));
  client.on('close', () => {
    note('client: close');
    server.close(() => note('server: close'));
  });
});
note('end of script');
process.on('exit', () => console.log(log.join('\n')));
process.nextTick(() => note('tick in script'));
