// listen(handle): a server can take over another server's listening handle (connections then reach
// it); the first server still holds the handle and reports listening.
'use strict';
const net = require('net');
const a = net.createServer();
a.listen(0, '127.0.0.1', () => {
  const b = net.createServer((s) => { console.log('b got a connection'); s.end(); });
  b.listen(a._handle, () => {
    console.log('b listening', b.address().family, b.listening);
    const c = net.connect(a.address().port, '127.0.0.1');
    c.resume();
    c.on('close', () => { b.close(); console.log('a listening?', a.listening); a.close(); });
  });
});
process.on('exit', () => console.log('exit'));
