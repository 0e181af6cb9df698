'use strict';
// fetch() rejects (never throws): bad arguments as Request does, and network failures as
// "TypeError: fetch failed" with the reason as its cause (the system error for a refused
// connection).
const net = require('net');
const { attempt } = require('./_server');
(async () => {
  const returned = fetch();
  console.log('returns a promise', returned instanceof Promise);
  await attempt('no argument', () => returned);
  await attempt('relative', () => fetch('/x'));
  await attempt('bad url', () => fetch('http://256.1.1.1/'));
  await attempt('GET body', () => fetch('http://127.0.0.1/', { body: 'x' }));
  await attempt('CONNECT', () => fetch('http://127.0.0.1/', { method: 'CONNECT' }));
  await attempt('bad init', () => fetch('http://127.0.0.1/', 5));
  await attempt('bad signal', () => fetch('http://127.0.0.1/', { signal: {} }));
  await attempt('ftp', () => fetch('ftp://example.test/'));
  await attempt('ws', () => fetch('ws://example.test/'));
  await attempt('file', () => fetch('file:///etc/hostname'));
  await attempt('about', () => fetch('about:blank'));
  await attempt('bad port', () => fetch('http://127.0.0.1:1/'));
  await attempt('bad port 6666', () => fetch('http://127.0.0.1:6666/'));
  // A port nobody listens on: one that was just freed.
  const port = await new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const p = s.address().port;
      s.close(() => resolve(p));
    });
  });
  try {
    await fetch(`http://127.0.0.1:${port}/`);
  } catch (err) {
    console.log(err.name, err.message, Object.keys(err));
    const { cause } = err;
    console.log(cause.name, cause.code, cause.message.replace(String(port), 'PORT'), cause.syscall, cause.errno,
      cause.address, cause.port === port, Object.keys(cause));
  }
})();
