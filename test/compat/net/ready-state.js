// readyState, pending, connecting, readable/writable through a socket's life, client and server
// sides, half-closed both ways.
'use strict';
const net = require('net');

const state = (s) => `${s.readyState} pending=${s.pending} connecting=${s.connecting} r=${s.readable} w=${s.writable}`;

const fresh = new net.Socket();
console.log('new socket', state(fresh));

const server = net.createServer({ allowHalfOpen: true }, (sock) => {
  console.log('server side', state(sock));
  sock.on('end', () => {
    console.log('server after peer end', state(sock));
    sock.end('bye');
    console.log('server after own end', state(sock));
  });
  sock.resume();
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect({ port: server.address().port, host: '127.0.0.1', allowHalfOpen: true });
  console.log('connecting', state(c));
  c.on('connect', () => {
    console.log('connected', state(c));
    c.end();
    console.log('after end()', state(c));
  });
  c.on('finish', () => console.log('after finish', state(c)));
  c.on('end', () => console.log('after peer end', state(c)));
  c.on('close', () => {
    console.log('closed', state(c));
    server.close();
  });
  c.resume();
});
