// A client that goes away mid-body: the server's request emits 'aborted', then 'close', and the
// response closes without finishing.
'use strict';
const http = require('http');
const net = require('net');

const server = http.createServer((req, res) => {
  req.on('data', (d) => {
    console.log('data', d.toString());
    client.destroy();
  });
  req.on('aborted', () => console.log('aborted', req.aborted, req.complete));
  req.on('error', (err) => console.log('req error', err.code, err.message));
  req.on('end', () => console.log('end'));
  req.on('close', () => console.log('req close'));
  res.on('close', () => {
    console.log('res close', res.writableFinished, res.destroyed);
    server.close();
  });
});
let client;
server.listen(0, '127.0.0.1', () => {
  client = net.connect(server.address().port, '127.0.0.1', () => {
    client.write('POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 100\r\n\r\nfirst');
  });
});
