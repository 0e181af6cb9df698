// Writes made before the connection is up wait for it and arrive in order; bytesWritten counts them
// at once; end() before connect waits too. A socket destroyed before connecting fails its pending
// writes with ERR_SOCKET_CLOSED_BEFORE_CONNECTION.
'use strict';
const net = require('net');

const server = net.createServer((sock) => {
  let got = '';
  sock.setEncoding('utf8');
  sock.on('data', (d) => { got += d; });
  sock.on('end', () => {
    console.log('server got', JSON.stringify(got));
    sock.end();
  });
});
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const client = net.connect(port, '127.0.0.1');
  console.log('write while connecting returns', client.write('first,'));
  client.write(Buffer.from('second,'));
  client.write('third', 'utf8', () => console.log('third written'));
  console.log('bytesWritten before connect', client.bytesWritten, 'pending', client.pending);
  client.end(() => console.log('end callback'));
  client.on('connect', () => console.log('connect'));
  client.resume();
  client.on('close', () => {
    console.log('bytesWritten after', client.bytesWritten);
    const doomed = net.connect(port, '127.0.0.1');
    doomed.write('never', (err) => console.log('doomed write callback', err && err.code, err && err.message));
    doomed.on('error', (err) => console.log('doomed error', err.code));
    doomed.on('close', () => {
      console.log('doomed closed');
      server.close();
    });
    doomed.destroy();
  });
});
