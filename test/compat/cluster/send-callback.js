// compat: process
// worker.send(message, callback) and process.send(message, callback): callbacks get null; send
// returns true; a message after the worker is gone gives ERR_IPC_CHANNEL_CLOSED to the callback.
'use strict';
const cluster = require('cluster');

if (cluster.isPrimary) {
  const worker = cluster.fork();
  worker.on('online', () => {
    const result = worker.send({ ping: 1 }, (err) => console.log('primary send callback', err));
    console.log('send returned', result);
  });
  worker.on('message', (m) => {
    console.log('got', m);
    worker.on('exit', () => {
      worker.send('too late', (err) => console.log('late send', err && err.code));
    });
    worker.disconnect();
  });
} else {
  process.on('message', (m) => {
    process.send({ pong: m.ping }, (err) => process.send({ callbackErr: err }));
  });
}
