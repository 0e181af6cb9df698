// The onread option: data is copied into the caller's buffer (reused each time) and the callback
// gets the byte count; returning false pauses reading until resume(). No 'data' events.
'use strict';
const net = require('net');

const server = net.createServer((sock) => {
  sock.write('abcdefgh');
  setTimeout(() => sock.end('ijkl'), 50);
});
server.listen(0, '127.0.0.1', () => {
  const buf = Buffer.alloc(3);
  let total = '';
  let calls = 0;
  const c = net.connect({
    port: server.address().port,
    host: '127.0.0.1',
    onread: {
      buffer: buf,
      callback(n, b) {
        calls++;
        if (b !== buf) console.log('another buffer!');
        total += b.toString('latin1', 0, n);
        if (total === 'abcdefgh') {
          console.log('pausing after', JSON.stringify(total));
          setTimeout(() => c.resume(), 80);
          return false;
        }
        return true;
      },
    },
  });
  c.on('data', () => console.log('data event?!'));
  c.on('end', () => {
    console.log('end; got', JSON.stringify(total), 'chunks of at most 3:', calls >= 4);
    server.close();
  });
});
