// Server[Symbol.asyncDispose] closes a listening server (resolving once closed) and does nothing
// for one that is not listening. (`await using` would call it; GraalJS does not parse it yet.)
'use strict';
const net = require('net');

(async () => {
  const server = net.createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  server.on('close', () => console.log('close event'));
  console.log('listening', server.listening, typeof server[Symbol.asyncDispose]);
  await server[Symbol.asyncDispose]();
  console.log('disposed; listening', server.listening);
  console.log('again:', await server[Symbol.asyncDispose]());
  const idle = net.createServer();
  console.log('never listened:', await idle[Symbol.asyncDispose]());
  // listen() with a host looks it up first: until then there is nothing to dispose of.
  const binding = net.createServer().listen(0, 'localhost');
  console.log('while looking up:', await binding[Symbol.asyncDispose](), binding.listening);
  binding.on('listening', () => {
    console.log('listening after all');
    binding[Symbol.asyncDispose]().then(() => console.log('disposed the late one'));
  });
})();
