'use strict';
// A server that misbehaves: closing before answering fails the fetch ("other side closed"); dying
// in the middle of the body, or sending a body that does not decompress, errors the body with
// "terminated" and the reason as its cause.
const net = require('net');
const server = net.createServer((socket) => {
  socket.once('data', (data) => {
    const path = data.toString().split(' ')[1];
    if (path === '/close') {
      socket.destroy();
    } else if (path === '/midbody') {
      socket.write('HTTP/1.1 200 OK\r\ncontent-length: 100\r\n\r\npartial');
      setTimeout(() => socket.destroy(), 50);
    } else if (path === '/badgzip') {
      socket.end('HTTP/1.1 200 OK\r\ncontent-encoding: gzip\r\ncontent-length: 5\r\nconnection: close\r\n\r\nnotgz');
    }
  });
});
server.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  for (const path of ['/close', '/midbody', '/badgzip']) {
    try {
      const r = await fetch(base + path);
      console.log(path, 'status', r.status);
      await r.text();
      console.log(path, 'body read');
    } catch (e) {
      console.log(path, `${e.name}: ${e.message}`, '| cause:', e.cause?.name, e.cause?.code, e.cause?.message);
    }
  }
  server.close();
});
