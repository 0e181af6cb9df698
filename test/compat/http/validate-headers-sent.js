// After the head is sent: ERR_HTTP_HEADERS_SENT from every header mutator, and write after end.
'use strict';
const http = require('http');

function attempt(label, fn) {
  try {
    fn();
    console.log(label, 'ok');
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
}
const server = http.createServer((req, res) => {
  res.writeHead(200, { 'Content-Type': 'text/plain' });
  console.log('headersSent', res.headersSent);
  attempt('setHeader', () => res.setHeader('X-A', '1'));
  attempt('removeHeader', () => res.removeHeader('X-A'));
  attempt('appendHeader', () => res.appendHeader('X-A', '1'));
  attempt('writeHead', () => res.writeHead(201));
  attempt('getHeader', () => console.log(res.getHeader('content-type')));
  res.end('done');
  console.log('ended', res.writableEnded, res.finished);
  res.on('error', (err) => console.log('error event', err.code, err.message));
  const ret = res.write('more', (err) => console.log('write callback', err && err.code));
  console.log('write returned', ret);
  res.end('again', () => console.log('unreached?'));
  res.on('finish', () => console.log('finish', res.writableFinished));
});
server.listen(0, '127.0.0.1', () => {
  http.get({ port: server.address().port, host: '127.0.0.1' }, (r) => {
    r.setEncoding('utf8');
    r.on('data', (d) => console.log('client body', d));
    r.on('end', () => server.close());
  });
});
