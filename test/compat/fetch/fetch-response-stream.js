'use strict';
// A response body arrives as the server writes it: the chunks can be read one by one before the
// server has finished, and a large body arrives whole.
const { serve } = require('./_server');
(async () => {
  let release;
  const { server, base } = await serve((req, res) => {
    if (req.url === '/big') {
      res.end(Buffer.alloc(1 << 20, 'z'));
      return;
    }
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    res.write('first;');
    release = () => {
      res.write('second;');
      setTimeout(() => res.end('last'), 20);
    };
  });
  const r = await fetch(`${base}/events`);
  const reader = r.body.getReader();
  const decoder = new TextDecoder();
  const first = await reader.read();
  console.log('before the rest was written:', decoder.decode(first.value));
  release();
  let rest = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    rest += decoder.decode(value);
  }
  console.log('then:', rest, r.bodyUsed);
  const big = await fetch(`${base}/big`);
  const bytes = await big.bytes();
  console.log('big', bytes.length, bytes.every((b) => b === 0x7a));
  const chunks = [];
  for await (const chunk of (await fetch(`${base}/big`)).body) chunks.push(chunk.length);
  console.log('iterated', chunks.reduce((a, b) => a + b, 0));
  server.close();
})();
