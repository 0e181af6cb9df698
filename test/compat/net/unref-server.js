// compat: process
// An unref'd server does not keep the process alive: the program ends while it still listens
// ('beforeExit' and 'exit' come); ref() again would have kept it. A server unref'd before listen
// stays unref'd once listening.
'use strict';
const net = require('net');

const early = net.createServer();
early.unref();
early.listen(0, '127.0.0.1', () => console.log('early listening', early.listening));

const late = net.createServer();
late.listen(0, '127.0.0.1', () => {
  console.log('late listening');
  late.unref();
  setTimeout(() => console.log('timer ran; nothing else holds the loop'), 20);
});
process.on('beforeExit', () => console.log('beforeExit; still listening', early.listening, late.listening));
process.on('exit', (code) => console.log('exit', code));
