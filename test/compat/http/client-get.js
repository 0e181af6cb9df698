// http.get against an http server: the response's fields, body, and the events on both sides.
'use strict';
const http = require('http');

const server = http.createServer((req, res) => {
  console.log('server', req.method, req.url, req.headers['user-agent'], req.headers.connection,
              req.headers.host === `localhost:${server.address().port}`);
  res.setHeader('Set-Cookie', ['a=1', 'b=2']);
  res.end('payload');
});
server.listen(0, () => {
  const req = http.get(`http://localhost:${server.address().port}/x?y=1`, (res) => {
    console.log(res.statusCode, res.statusMessage, res.httpVersion, Object.keys(res.headers));
    console.log(res.headers['set-cookie'], res.headers['content-length'], res.headers.connection,
                res.headers['keep-alive']);
    let body = '';
    res.setEncoding('utf8');
    res.on('data', (d) => { body += d; });
    res.on('end', () => console.log('end', body, res.complete));
    res.on('close', () => {
      console.log('res close');
      server.close();
    });
  });
  console.log(req.method, req.path, req.host, req.protocol, req.reusedSocket, req.agent === http.globalAgent);
  req.on('socket', () => console.log('socket event'));
  req.on('finish', () => console.log('req finish'));
  req.on('close', () => console.log('req close'));
});
