// end(data, encoding, cb): the data goes out before the FIN; 'finish' then the callback; a write
// after end() fails with ERR_STREAM_WRITE_AFTER_END; a second end() is harmless.
'use strict';
const net = require('net');

const server = net.createServer((sock) => {
  let got = '';
  sock.on('data', (d) => { got += d; });
  sock.on('end', () => {
    console.log('server got', JSON.stringify(got));
    sock.end();
  });
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => {
    c.write('a', () => console.log('first write callback'));
    const r = c.end('6869', 'hex', () => console.log('end callback'));
    console.log('end returns the socket', r === c);
    c.write('late', (err) => console.log('late write callback', err.code));
    c.end();
  });
  c.on('finish', () => console.log('finish'));
  c.on('error', (err) => console.log('error', err.code, err.message));
  c.resume();
  c.on('close', (hadError) => {
    console.log('close', hadError);
    server.close();
  });
});
