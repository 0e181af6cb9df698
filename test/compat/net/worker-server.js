// A worker thread runs its own server; the main thread connects to it. Each thread's sockets live
// on its own loop.
'use strict';
const { Worker } = require('worker_threads');
const net = require('net');

const worker = new Worker(`
  const net = require('net');
  const { parentPort } = require('worker_threads');
  const server = net.createServer((sock) => {
    sock.setEncoding('utf8');
    sock.on('data', (d) => sock.end('worker says: ' + d.toUpperCase()));
    sock.on('close', () => server.close(() => parentPort.postMessage('closed')));
  });
  server.listen(0, '127.0.0.1', () => parentPort.postMessage(server.address().port));
`, { eval: true });

worker.on('message', (msg) => {
  if (msg === 'closed') {
    console.log('worker server closed');
    return;
  }
  const c = net.connect(msg, '127.0.0.1', () => c.write('hello'));
  c.setEncoding('utf8');
  c.on('data', (d) => console.log(d));
  c.on('close', () => console.log('main: client closed'));
});
worker.on('exit', (code) => console.log('worker exit', code));
