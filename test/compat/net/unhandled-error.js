// An 'error' nobody listens to (a refused connection) ends the program with status 1 after the
// code that ran before it; 'exit' still runs.
'use strict';
const net = require('net');

const server = net.createServer();
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  server.close(() => {
    process.on('exit', (code) => console.log('exit', code));
    console.log('connecting to a closed port without an error listener');
    net.connect(port, '127.0.0.1');
  });
});
