// Listening where another server listens: 'error' (EADDRINUSE) on a tick, in Node's words for the
// default host ('::') and for 127.0.0.1; the failed server is not listening and can listen again.
'use strict';
const net = require('net');

const first = net.createServer();
first.listen(0, () => {
  const port = first.address().port;
  const hide = (s) => String(s).replaceAll(String(port), 'PORT');
  const second = net.createServer();
  let sync = true;
  second.on('error', (err) => {
    console.log('error (async:', !sync, ')', err.name, hide(err.message));
    console.log(Object.keys(err).join(','), err.code, err.errno, err.syscall, err.address, err.port === port);
    console.log('listening', second.listening, 'address', second.address());
    const third = net.createServer();
    third.on('error', (e) => {
      console.log('third', hide(e.message), e.address);
      second.listen(0, '127.0.0.1', () => {
        console.log('second listens elsewhere', second.address().family);
        second.close();
        first.close(() => console.log('all closed'));
      });
    });
    // 127.0.0.1 while '::' (dual stack) holds the port.
    third.listen(port, '127.0.0.1');
  });
  second.listen(port);
  sync = false;
});
