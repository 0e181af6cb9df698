// compat: process
// Two servers on port 0 in one worker get two ports; the first server of each worker shares one port,
// and so does the second.
'use strict';
const cluster = require('cluster');
const net = require('net');

if (cluster.isPrimary) {
  const results = [];
  for (let i = 0; i < 2; i++) {
    cluster.fork().on('message', (ports) => {
      results.push(ports);
      if (results.length < 2) return;
      const [a, b] = results;
      console.log('in one worker the ports differ:', a[0] !== a[1], b[0] !== b[1]);
      console.log('across workers, first servers share:', a[0] === b[0], 'second servers share:', a[1] === b[1]);
      cluster.disconnect(() => console.log('done'));
    });
  }
  let listening = 0;
  cluster.on('listening', () => listening++);
  cluster.on('exit', () => { if (listening) { console.log('listening events', listening); listening = 0; } });
} else {
  const first = net.createServer().listen(0, '127.0.0.1', () => {
    const second = net.createServer().listen(0, '127.0.0.1', () => {
      process.send([first.address().port, second.address().port]);
    });
  });
}
