// compat: process
// Three workers listen on 127.0.0.1 port 0 and get the same port; the primary's connections are all
// answered by workers (which worker answers is the scheduler's business: only facts are printed).
'use strict';
const cluster = require('cluster');
const net = require('net');

const N = 3;
if (cluster.isPrimary) {
  const ports = new Set();
  let listening = 0;
  for (let i = 0; i < N; i++) cluster.fork();
  cluster.on('listening', (worker, address) => {
    ports.add(address.port);
    console.log('listening', Object.keys(address), address.address, address.addressType, typeof address.port);
    if (++listening < N) return;
    console.log('distinct ports', ports.size);
    const port = [...ports][0];
    let answered = 0;
    const ids = new Set();
    for (let i = 0; i < 6; i++) {
      net.connect(port, '127.0.0.1').setEncoding('utf8').on('data', (id) => {
        ids.add(id);
        if (++answered === 6) {
          console.log('answers', answered, 'from known workers', [...ids].every((id) => cluster.workers[id]));
          cluster.disconnect(() => console.log('disconnected'));
        }
      });
    }
  });
} else {
  const server = net.createServer((socket) => socket.end(String(cluster.worker.id)));
  server.listen(0, '127.0.0.1', () => {
    process.send({ port: server.address().port });
  });
}
