'use strict';
// Ten fetches at once, a 3 MiB upload echoed back whole, and a streamed Request whose clone still
// has the body after the original was sent.
const { serve } = require('./_server');
(async () => {
  const { server, base } = await serve((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      res.setHeader('x-received', body.length);
      res.end(req.url === '/echo' ? body : `r${req.url}`);
    });
  });
  const all = await Promise.all(Array.from({ length: 10 }, (_, i) => fetch(`${base}/${i}`).then((r) => r.text())));
  console.log(all.join(','));
  const big = Buffer.alloc(3 << 20, 'q');
  const r = await fetch(`${base}/echo`, { method: 'POST', body: big });
  const back = Buffer.from(await r.arrayBuffer());
  console.log(r.headers.get('x-received'), back.length, back.equals(big));
  const streamed = new Request(`${base}/echo`, {
    method: 'POST',
    duplex: 'half',
    body: new ReadableStream({ start(c) { c.enqueue(new Uint8Array([1, 2])); c.enqueue(new Uint8Array([3])); c.close(); } }),
  });
  const copy = streamed.clone();
  console.log(await (await fetch(streamed)).bytes(), streamed.bodyUsed, await copy.bytes());
  server.close();
})();
