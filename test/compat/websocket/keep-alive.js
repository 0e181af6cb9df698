'use strict';
// An open WebSocket keeps the program alive with nothing else to do, until the server sends a
// message much later and closes; the program then exits by itself. Connecting keeps it alive too.
const { startServer } = require('./_server');

(async () => {
  const srv = await startServer((peer) => {
    // The server's timer is unref'd: only the WebSocket's connection holds the program.
    setTimeout(() => {
      peer.send('late message');
      peer.close(1000, 'bye');
    }, 300).unref();
  });
  const ws = new WebSocket(srv.url());
  ws.onopen = () => console.log('open');
  ws.onmessage = (e) => console.log('message', e.data);
  ws.onclose = (e) => console.log('close', e.wasClean, e.code, e.reason);
  process.on('exit', (code) => console.log('exit', code, 'readyState', ws.readyState));
})();
