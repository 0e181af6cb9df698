// Connecting to a port nobody listens on (one a server just closed): 'error' with Node's fields,
// then 'close' with hadError true; the connect callback is never called.
'use strict';
const net = require('net');

const server = net.createServer();
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const hide = (s) => String(s).replaceAll(String(port), 'PORT');
  server.close(() => {
    const client = net.connect(port, '127.0.0.1', () => console.log('connected?!'));
    client.on('error', (err) => {
      console.log(err.name, hide(err.message));
      console.log(Object.keys(err).join(','));
      console.log(err.code, err.errno, err.syscall, err.address, err.port === port);
      console.log('during error: destroyed', client.destroyed, client.readyState, client.connecting);
    });
    client.on('close', (hadError) => {
      console.log('close hadError', hadError);
      // The same with the options form and a local port that is free.
      const again = net.connect({ port, host: '127.0.0.1', family: 4 });
      again.on('error', (err) => console.log('again', err.code, hide(err.message)));
    });
  });
});
