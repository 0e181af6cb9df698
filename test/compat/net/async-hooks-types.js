// async_hooks: the provider types of the resources net makes (server and socket handles, connect
// and shutdown requests, a write that had to wait; one that completes at once makes none), the
// trigger ids that link them, and the execution context of the socket callbacks.
'use strict';
const net = require('net');
const async_hooks = require('async_hooks');

const out = []; // printed at the end: console.log itself would make resources
const types = new Map();
const seen = [];
// (Node's own stdio pipes would show as PIPEWRAP: only TCP is looked at here.)
const interesting = new Set(['TCPSERVERWRAP', 'TCPWRAP', 'TCPCONNECTWRAP', 'WRITEWRAP', 'SHUTDOWNWRAP']);
const hook = async_hooks.createHook({
  init(id, type, trigger) {
    types.set(id, type);
    if (interesting.has(type)) seen.push(`${type} <- ${types.get(trigger) ?? (trigger === 1 ? 'main' : 'other')}`);
  },
});
hook.enable();

const als = new async_hooks.AsyncLocalStorage();
const server = net.createServer((sock) => {
  out.push(`connection callback runs in: ${types.get(async_hooks.executionAsyncId())}`);
  let first = true;
  sock.on('data', () => {
    if (first) out.push(`server data runs in: ${types.get(async_hooks.executionAsyncId())}`);
    first = false;
  });
  sock.on('end', () => sock.end('pong'));
});
als.run('server-store', () => {
  server.listen(0, '127.0.0.1', () => {
    out.push(`listening callback store: ${als.getStore()}`);
    als.run('client-store', () => {
      const c = net.connect(server.address().port, '127.0.0.1', () => {
        out.push(`connect callback store: ${als.getStore()}, runs in: ${types.get(async_hooks.executionAsyncId())}`);
        c.end(Buffer.alloc(8 * 1024 * 1024)); // too much to go out at once: a WRITEWRAP
      });
      c.on('data', () => out.push(`client data store: ${als.getStore()}`));
      c.on('close', () => {
        hook.disable();
        server.close(() => {
          console.log(out.join('\n'));
          console.log([...new Set(seen)].sort().join('\n'));
        });
      });
    });
  });
});
