// destroySoon(): ends the write side, destroys once the writes are out; on a finished socket it
// destroys at once. destroy(err) emits 'error' then 'close' with hadError.
'use strict';
const net = require('net');

const server = net.createServer((sock) => {
  let got = 0;
  sock.on('data', (d) => { got += d.length; });
  sock.on('end', () => console.log('server: all data', got));
});
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const c = net.connect(port, '127.0.0.1', () => {
    c.write(Buffer.alloc(100000));
    c.destroySoon();
    console.log('after destroySoon: destroyed', c.destroyed, 'writableEnded', c.writableEnded);
  });
  c.on('finish', () => console.log('finish'));
  c.on('close', (hadError) => {
    console.log('close', hadError, c.destroyed);
    const d = net.connect(port, '127.0.0.1', () => d.destroy(new Error('boom')));
    d.on('error', (err) => console.log('d error', err.message));
    d.on('close', (hadError2) => {
      console.log('d close', hadError2);
      server.close();
    });
  });
});
