// net's diagnostics channels: net.client.socket when a socket starts connecting, net.server.socket
// for each accepted one, and the net.server.listen tracing channel (asyncStart with the options,
// then asyncEnd, or error for a listen that fails).
'use strict';
const dc = require('diagnostics_channel');
const net = require('net');
const fs = require('fs');
const os = require('os');
const path = require('path');

let port = 0;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'node4j-dc-'));
const hide = (s) => (port ? String(s).replaceAll(String(port), 'PORT') : String(s)).replaceAll(dir, '<dir>');
for (const name of ['net.client.socket', 'net.server.socket', 'tracing:net.server.listen:start',
  'tracing:net.server.listen:end', 'tracing:net.server.listen:asyncStart',
  'tracing:net.server.listen:asyncEnd', 'tracing:net.server.listen:error']) {
  dc.subscribe(name, (msg) => {
    const parts = [name, Object.keys(msg).join('+')];
    if (msg.socket) parts.push(msg.socket.constructor.name, msg.socket.connecting);
    if (msg.options) parts.push(hide(JSON.stringify(msg.options)));
    if (msg.error) parts.push(msg.error.code);
    console.log('channel', ...parts);
  });
}

const a = net.createServer((s) => {
  console.log('connection');
  s.end();
});
a.listen(0, () => {
  port = a.address().port;
  console.log('a listening');
  const b = net.createServer();
  b.on('error', (e) => console.log('b error', e.code));
  b.listen(port);
  console.log('after b.listen');
  const c = net.connect(port, '127.0.0.1');
  console.log('after connect()');
  c.resume();
  c.on('close', () => {
    a.close();
    const p = net.createServer().listen(path.join(dir, 'p.sock'), function() {
      console.log('pipe listening');
      this.close(() => fs.rmSync(dir, { recursive: true }));
    });
  });
});
console.log('after a.listen');
