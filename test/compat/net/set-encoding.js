// setEncoding: multi-byte UTF-8 characters split across writes arrive whole; hex and base64.
'use strict';
const net = require('net');

const euro = Buffer.from('€uro ✓ 😀', 'utf8');
const server = net.createServer((sock) => {
  // One byte at a time, each a separate write a little apart.
  let i = 0;
  const timer = setInterval(() => {
    if (i < euro.length) sock.write(euro.subarray(i, ++i));
    else {
      clearInterval(timer);
      sock.end();
    }
  }, 2);
});
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  function read(encoding, next) {
    const c = net.connect(port, '127.0.0.1');
    c.setEncoding(encoding);
    let text = '';
    c.on('data', (d) => {
      if (typeof d !== 'string') console.log('not a string!');
      text += d;
    });
    c.on('end', () => {
      console.log(encoding, JSON.stringify(encoding === 'utf8' ? text : Buffer.from(text, encoding).toString('utf8')));
      next();
    });
  }
  read('utf8', () => read('hex', () => read('base64', () => server.close())));
});
