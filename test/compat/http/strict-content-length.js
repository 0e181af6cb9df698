// strictContentLength: writing more or less than the declared Content-Length throws.
'use strict';
const http = require('http');

const server = http.createServer((req, res) => {
  res.strictContentLength = true;
  res.setHeader('Content-Length', 5);
  try {
    if (req.url === '/more') res.write('123456');
    else res.end('123');
  } catch (err) {
    console.log(req.url, err.name, err.code, err.message);
  }
  res.destroy();
});
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  let pending = 2;
  for (const path of ['/more', '/less']) {
    const req = http.get({ port, host: '127.0.0.1', path, agent: false });
    req.on('error', () => {});
    req.on('close', () => {
      if (--pending === 0) server.close();
    });
  }
});
