// An echo server and a client on 127.0.0.1: the events each side sees, in order, and what arrives.
'use strict';
const net = require('net');

const server = net.createServer((sock) => {
  console.log('server: connection', sock.remoteFamily, sock.readyState, typeof sock.remotePort);
  sock.on('data', (d) => {
    console.log('server: data', JSON.stringify(d.toString()));
    sock.write(d);
  });
  sock.on('end', () => { console.log('server: end'); sock.end(); });
  sock.on('finish', () => console.log('server: finish'));
  sock.on('close', (hadError) => {
    console.log('server: close', hadError);
    server.close(() => console.log('server closed'));
  });
});
server.on('listening', () => console.log('listening event'));
server.listen(0, '127.0.0.1', () => {
  console.log('listen callback', server.listening);
  const client = net.connect(server.address().port, '127.0.0.1', () => {
    console.log('client: connect callback', client.readyState, client.remoteAddress, client.remoteFamily);
    client.write('hello ');
    client.write(Buffer.from('world'));
  });
  console.log('client: connecting', client.connecting, client.pending, client.readyState);
  client.on('ready', () => console.log('client: ready'));
  let got = '';
  client.on('data', (d) => {
    got += d;
    if (got === 'hello world') client.end();
  });
  client.on('end', () => console.log('client: end', JSON.stringify(got)));
  client.on('finish', () => console.log('client: finish'));
  client.on('close', (hadError) => console.log('client: close', hadError, client.readyState, client.destroyed));
});
