// AbortSignal: listen({ signal }) closes the server when aborted (at once if already aborted);
// a socket made with a signal is destroyed with an AbortError.
'use strict';
const net = require('net');

const ac = new AbortController();
const server = net.createServer();
server.on('close', () => {
  console.log('server closed by abort');
  const pre = net.createServer();
  pre.on('listening', () => console.log('pre-aborted: listening event?', pre.listening));
  pre.on('close', () => {
    console.log('pre-aborted server closed');
    sockets();
  });
  pre.listen({ port: 0, host: '127.0.0.1', signal: AbortSignal.abort() });
});
server.listen({ port: 0, host: '127.0.0.1', signal: ac.signal }, () => {
  console.log('listening');
  ac.abort();
});

function sockets() {
  const srv = net.createServer((s) => s.resume());
  srv.listen(0, '127.0.0.1', () => {
    const ctl = new AbortController();
    const c = net.connect({ port: srv.address().port, host: '127.0.0.1', signal: ctl.signal });
    c.on('connect', () => ctl.abort());
    c.on('error', (err) => console.log('socket error', err.name, err.code, err.message));
    c.on('close', (hadError) => {
      console.log('socket close', hadError);
      const d = net.connect({ port: srv.address().port, host: '127.0.0.1', signal: AbortSignal.abort() });
      d.on('error', (err) => console.log('pre-aborted socket error', err.name, err.code));
      d.on('close', () => srv.close(() => console.log('done')));
    });
  });
}
