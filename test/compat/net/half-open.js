// allowHalfOpen: the server reads the client's end, keeps writing, then ends its own side. Without
// it, the server's side ends by itself when the client's end arrives.
'use strict';
const net = require('net');

function run(allowHalfOpen, next) {
  const server = net.createServer({ allowHalfOpen }, (sock) => {
    let got = '';
    sock.setEncoding('utf8');
    sock.on('data', (d) => { got += d; });
    sock.on('end', () => {
      console.log(`[${allowHalfOpen}] server: end after`, JSON.stringify(got), 'writable', sock.writable);
      if (sock.writable) {
        sock.write('late reply 1, ');
        setTimeout(() => sock.end('late reply 2'), 20);
      }
    });
    sock.on('finish', () => console.log(`[${allowHalfOpen}] server: finish`));
    sock.on('close', () => console.log(`[${allowHalfOpen}] server: close`));
  });
  server.listen(0, '127.0.0.1', () => {
    const client = net.connect({ port: server.address().port, host: '127.0.0.1', allowHalfOpen: true });
    let reply = '';
    client.setEncoding('utf8');
    client.on('data', (d) => { reply += d; });
    client.end('request');
    client.on('finish', () => console.log(`[${allowHalfOpen}] client: finish`, client.readyState));
    client.on('end', () => {
      console.log(`[${allowHalfOpen}] client: end`, JSON.stringify(reply));
    });
    client.on('close', () => {
      console.log(`[${allowHalfOpen}] client: close`);
      server.close(next);
    });
  });
}

run(true, () => run(false, () => console.log('done')));
