// listen() forms: (port, host, backlog, cb), a numeric string port, (options) with backlog, a host
// name (looked up), listen() with no arguments, listen(cb), listen(null), and re-listening after
// close.
'use strict';
const net = require('net');

const forms = [
  ['(0, 127.0.0.1, 10, cb)', (s, cb) => s.listen(0, '127.0.0.1', 10, cb)],
  ["('0', 127.0.0.1, cb)", (s, cb) => s.listen('0', '127.0.0.1', cb)],
  ['({ port, host, backlog }, cb)', (s, cb) => s.listen({ port: 0, host: '127.0.0.1', backlog: 5 }, cb)],
  ['(0, localhost, cb)', (s, cb) => s.listen(0, 'localhost', cb)],
  ['(cb)', (s, cb) => s.listen(cb)],
  ['(null, cb)', (s, cb) => s.listen(null, cb)],
  ['({ port: undefined }, cb)', (s, cb) => s.listen({ port: undefined }, cb)],
  ['() then event', (s, cb) => { s.once('listening', cb); s.listen(); }],
];

function next(i) {
  if (i === forms.length) {
    relisten();
    return;
  }
  const [label, fn] = forms[i];
  const server = net.createServer();
  fn(server, () => {
    const a = server.address();
    console.log(label, '->', a.address, a.family, typeof a.port, a.port > 0);
    server.close(() => next(i + 1));
  });
}
next(0);

function relisten() {
  const server = net.createServer();
  server.listen(0, '127.0.0.1', () => {
    const port = server.address().port;
    server.close();
    // The port is free as soon as close() returns.
    server.listen(port, '127.0.0.1', () => {
      console.log('listening again on the same port', server.address().port === port);
      server.close(() => console.log('done'));
    });
  });
}
