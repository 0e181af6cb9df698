// Ending a request early: destroy() before and after the socket, abort(), and an AbortSignal.
'use strict';
const http = require('http');

const server = http.createServer((req, res) => {
  res.write('partial');
});
function events(label, req) {
  req.on('error', (err) => console.log(label, 'error', err.name, err.code, err.message));
  req.on('abort', () => console.log(label, 'abort'));
  req.on('close', () => console.log(label, 'close', req.destroyed));
}
server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  const early = http.get({ port, host: '127.0.0.1', agent: false });
  events('early', early);
  early.destroy();
  await new Promise((r) => early.on('close', r));

  const aborted = http.get({ port, host: '127.0.0.1', agent: false }, (res) => {
    console.log('aborted response', res.statusCode);
    res.on('aborted', () => console.log('res aborted'));
    res.on('error', (err) => console.log('res error', err.code, err.message));
    res.on('close', () => console.log('res close'));
    aborted.abort();
  });
  events('aborted', aborted);
  await new Promise((r) => aborted.on('close', r));

  const controller = new AbortController();
  const signalled = http.get({ port, host: '127.0.0.1', agent: false, signal: controller.signal });
  events('signal', signalled);
  signalled.on('socket', () => controller.abort());
  await new Promise((r) => signalled.on('close', r));
  server.closeAllConnections();
  server.close();
});
