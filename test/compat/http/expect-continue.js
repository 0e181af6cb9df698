// Expect: 100-continue: the default answer, a 'checkContinue' listener, and 417 for other expectations.
'use strict';
const http = require('http');
const { raw } = require('./_raw');

const plain = http.createServer((req, res) => {
  let body = '';
  req.on('data', (d) => { body += d; });
  req.on('end', () => res.end(`got ${body}`));
});
const checking = http.createServer((req, res) => res.end('request event'));
checking.on('checkContinue', (req, res) => {
  console.log('checkContinue', req.headers.expect);
  res.writeHead(403);
  res.end('no');
});
plain.listen(0, '127.0.0.1', () => checking.listen(0, '127.0.0.1', async () => {
  const head = 'POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 4\r\nExpect: 100-continue\r\n\r\n';
  console.log(JSON.stringify(await raw(plain.address().port, `${head}body`)));
  console.log(JSON.stringify(await raw(checking.address().port, head)));
  console.log(JSON.stringify(await raw(plain.address().port,
                                       'GET / HTTP/1.1\r\nHost: a\r\nExpect: something\r\n\r\n')));
  const req = http.request({ port: plain.address().port, method: 'POST',
                             headers: { Expect: '100-continue' } }, (res) => {
    res.setEncoding('utf8');
    res.on('data', (d) => console.log('client response', res.statusCode, d));
    res.on('end', () => {
      plain.close();
      checking.close();
    });
  });
  req.on('continue', () => {
    console.log('client continue');
    req.end('data');
  });
  req.on('information', (info) => console.log('information', info.statusCode, info.statusMessage));
}));
