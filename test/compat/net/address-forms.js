// What address() and the socket address properties report: the default host (IPv6 wildcard, dual
// stack), an IPv4 address, ::1, a client's IPv4 peer seen by a dual-stack server as IPv4-mapped.
'use strict';
const net = require('net');

const strip = (a) => (a && typeof a === 'object' ? { ...a, port: typeof a.port } : a);

const unlistened = net.createServer();
console.log('before listen', unlistened.address());

const dual = net.createServer((sock) => {
  console.log('dual: remote', sock.remoteAddress, sock.remoteFamily, 'local', sock.localAddress, sock.localFamily);
  console.log('dual: address()', strip(sock.address()));
  sock.end();
});
dual.listen(0, () => {
  console.log('default host', strip(dual.address()));
  const c = net.connect(dual.address().port, '127.0.0.1', () => {
    console.log('client local', c.localAddress, c.localFamily, typeof c.localPort, 'remote', c.remoteAddress, c.remotePort === dual.address().port);
  });
  c.on('data', () => {});
  c.on('end', () => {
    console.log('after end remote', c.remoteAddress);
    c.on('close', () => {
      console.log('after close', c.remoteAddress, c.localAddress, strip(c.address()));
      dual.close(v4);
    });
  });
});

function v4() {
  const s = net.createServer((sock) => sock.end());
  s.listen({ port: 0, host: '127.0.0.1' }, () => {
    console.log('127.0.0.1', strip(s.address()));
    s.close(v6);
  });
}

function v6() {
  const s = net.createServer((sock) => {
    console.log('::1 remote', sock.remoteAddress, sock.remoteFamily);
    sock.end();
  });
  s.listen(0, '::1', () => {
    console.log('::1', strip(s.address()));
    const c = net.connect({ port: s.address().port, host: '::1' }, () => {
      console.log('client to ::1', c.remoteAddress, c.remoteFamily, c.localAddress);
    });
    c.resume();
    c.on('close', () => s.close(() => console.log('done')));
  });
}
