'use strict';
// What a server receives for each kind of request body: bytes, Content-Type, and Content-Length or
// chunked transfer (streams and async iterables).
const { serve } = require('./_server');
async function* gen() {
  yield new TextEncoder().encode('it');
  yield new TextEncoder().encode('er');
}
(async () => {
  const { server, base } = await serve((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      console.log(req.method, req.url, req.headers['content-type'] ?? '-', req.headers['content-length'] ?? '-',
        req.headers['transfer-encoding'] ?? '-', JSON.stringify(body.toString('latin1')));
      res.end(`got ${body.length}`);
    });
  });
  const send = async (path, init) => console.log(await (await fetch(base + path, init)).text());
  await send('/string', { method: 'POST', body: 'héllo' });
  await send('/bytes', { method: 'PUT', body: new Uint8Array([0, 1, 255]) });
  await send('/buffer', { method: 'POST', body: Buffer.from('buf') });
  await send('/arraybuffer', { method: 'POST', body: new Uint8Array([65, 66]).buffer });
  await send('/params', { method: 'POST', body: new URLSearchParams({ a: '1', b: 'x y' }) });
  await send('/blob', { method: 'POST', body: new Blob(['blob', 'parts'], { type: 'text/blob' }) });
  await send('/stream', {
    method: 'POST',
    duplex: 'half',
    body: new ReadableStream({ start(c) { c.enqueue(new TextEncoder().encode('str')); c.enqueue(new TextEncoder().encode('eam')); c.close(); } }),
  });
  await send('/iter', { method: 'POST', body: gen(), duplex: 'half' });
  await send('/typed', { method: 'POST', body: 'x', headers: { 'content-type': 'application/custom' } });
  await send('/patch', { method: 'PATCH', body: 'p' });
  await send('/request', new Request(`${base}/ignored`, { method: 'POST', body: 'from request' }));
  const req = new Request(`${base}/req-obj`, { method: 'POST', body: 'req body' });
  console.log(await (await fetch(req)).text(), req.bodyUsed);
  server.close();
})();
