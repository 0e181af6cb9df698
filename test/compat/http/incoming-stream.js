// IncomingMessage as a stream: pipe into the response, async iteration, setEncoding.
'use strict';
const http = require('http');

const server = http.createServer(async (req, res) => {
  if (req.url === '/pipe') {
    req.pipe(res);
    return;
  }
  req.setEncoding('utf8');
  let text = '';
  for await (const chunk of req) text += chunk;
  res.end(text.toUpperCase());
});
function post(path, body) {
  return new Promise((resolve) => {
    const req = http.request({ port: server.address().port, host: '127.0.0.1', method: 'POST', path }, (res) => {
      const parts = [];
      res.on('data', (d) => parts.push(d));
      res.on('end', () => resolve(Buffer.concat(parts).toString()));
    });
    req.end(body);
  });
}
server.listen(0, '127.0.0.1', async () => {
  console.log(await post('/pipe', 'echo me'));
  console.log(await post('/iterate', 'shout me'));
  const big = 'x'.repeat(200000);
  console.log((await post('/pipe', big)).length);
  server.close();
});
