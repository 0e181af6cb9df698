// Client requests with bodies: chunked when written piecewise, Content-Length when set; what the
// server receives, byte for byte.
'use strict';
const http = require('http');
const net = require('net');

const received = [];
const echo = net.createServer((socket) => {
  let data = '';
  socket.on('data', (d) => {
    data += d;
    const end = data.indexOf('\r\n\r\n');
    if (end === -1) return;
    const length = /content-length: (\d+)/i.exec(data);
    const chunked = /transfer-encoding: chunked/i.test(data);
    const complete = chunked ? data.endsWith('\r\n0\r\n\r\n') : data.length >= end + 4 + (length ? +length[1] : 0);
    if (complete) {
      received.push(data.replace(/localhost:\d+/, 'localhost:PORT'));
      socket.end('HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok');
    }
  });
});
function send(options, body) {
  return new Promise((resolve) => {
    const req = http.request({ port: echo.address().port, ...options }, (res) => {
      res.resume();
      res.on('end', resolve);
    });
    for (const part of body) req.write(part);
    req.end();
  });
}
echo.listen(0, async () => {
  await send({ method: 'POST', path: '/a' }, ['hel', 'lo']);
  await send({ method: 'PUT', path: '/b', headers: { 'Content-Length': 5 } }, ['hello']);
  await send({ method: 'post', path: '/c', headers: { 'X-A': ['1', '2'], Cookie: ['x=1', 'y=2'] } }, []);
  await send({ path: '/d', auth: 'user:pass', agent: false }, []);
  await send({ path: '/e', headers: [['X-Raw', 'v'], ['Host', 'h']] }, []);
  for (const r of received) console.log(JSON.stringify(r));
  echo.close();
});
