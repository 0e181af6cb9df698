// What createServer(), listen() and close() throw or report for bad arguments and states.
'use strict';
const net = require('net');

function attempt(label, fn) {
  try {
    const r = fn();
    console.log(label, '-> no throw', r && r.constructor.name);
  } catch (e) {
    console.log(label, '->', e.name, e.code, e.message);
  }
}

attempt('createServer(5)', () => net.createServer(5));
attempt("createServer('x')", () => net.createServer('x'));
attempt('keepAliveInitialDelay x', () => net.createServer({ keepAliveInitialDelay: 'x' }));
attempt('highWaterMark x', () => net.createServer({ highWaterMark: 'x' }));
attempt('blockList 5', () => net.createServer({ blockList: 5 }));
attempt('listen({})', () => net.createServer().listen({}));
attempt('listen({ host })', () => net.createServer().listen({ host: 'localhost' }));
attempt('listen({ port: -5 })', () => net.createServer().listen({ port: -5 }));
attempt('listen(70000)', () => net.createServer().listen(70000));
attempt('listen(1.5)', () => net.createServer().listen(1.5));
attempt('listen({ port: true })', () => net.createServer().listen({ port: true }));
attempt('listen({ signal: 5 })', () => net.createServer().listen({ port: 0, signal: 5 }));

const server = net.createServer();
server.listen(0, '127.0.0.1', () => {
  attempt('listen twice', () => server.listen(0));
  server.close(() => {
    console.log('closed');
    server.close((err) => console.log('close again ->', err.name, err.code, err.message));
    console.log('address after close', server.address(), server.listening);
  });
});

// close() on a server that never listened: the callback gets ERR_SERVER_NOT_RUNNING on a tick,
// after 'close'.
const idle = net.createServer();
idle.on('close', () => console.log('idle: close event'));
idle.close((err) => console.log('idle: close callback', err.code, err.message));
console.log('idle: returned from close');
