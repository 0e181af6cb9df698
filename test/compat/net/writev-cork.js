// cork()/uncork() gather writes (strings of different encodings and buffers) into one writev; they
// arrive in order; the callbacks run in order; bytesWritten counts them all.
'use strict';
const net = require('net');

const server = net.createServer((sock) => {
  let got = '';
  sock.setEncoding('utf8');
  sock.on('data', (d) => { got += d; });
  sock.on('end', () => {
    console.log('server got', JSON.stringify(got));
    server.close();
  });
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => {
    c.cork();
    c.write('plain ', () => console.log('cb 1'));
    c.write('6865782c20', 'hex', () => console.log('cb 2'));
    c.write(Buffer.from('buffer, '), () => console.log('cb 3'));
    c.write('YmFzZTY0', 'base64', () => console.log('cb 4'));
    console.log('corked: writableLength', c.writableLength, 'bytesWritten', c.bytesWritten);
    process.nextTick(() => {
      c.uncork();
      c.end(() => console.log('end cb; bytesWritten', c.bytesWritten));
    });
  });
});
