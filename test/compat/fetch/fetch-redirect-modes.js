'use strict';
// redirect: 'manual' gives the 3xx itself, 'error' rejects; more than 20 redirects fail; a 3xx
// without Location is a plain response; a Location that is not http(s) fails.
const { serve, attempt } = require('./_server');
(async () => {
  let hits = 0;
  const { server, base } = await serve((req, res) => {
    if (req.url === '/loop') {
      hits++;
      res.writeHead(302, { location: '/loop' });
      return res.end();
    }
    if (req.url === '/nolocation') {
      res.writeHead(301);
      return res.end('no location');
    }
    if (req.url === '/ftp') {
      res.writeHead(302, { location: 'ftp://example.test/' });
      return res.end();
    }
    if (req.url === '/r307') {
      res.writeHead(307, { location: '/target' });
      return res.end();
    }
    if (req.url === '/r') {
      res.writeHead(302, { location: '/target', 'content-length': 5 });
      return res.end('moved');
    }
    res.end('target');
  });
  const manual = await fetch(`${base}/r`, { redirect: 'manual' });
  console.log(manual.status, manual.type, manual.redirected, manual.headers.get('location'), await manual.text());
  await attempt('error mode', () => fetch(`${base}/r`, { redirect: 'error' }));
  await attempt('loop', () => fetch(`${base}/loop`));
  console.log('requests made for the loop', hits);
  const none = await fetch(`${base}/nolocation`);
  console.log(none.status, none.redirected, await none.text());
  await attempt('ftp location', () => fetch(`${base}/ftp`));
  const stream = new ReadableStream({ start(c) { c.enqueue(new Uint8Array([1])); c.close(); } });
  await attempt('stream body on 302', () => fetch(`${base}/r`, { method: 'POST', body: stream, duplex: 'half' }).then((r) => r.status));
  const stream2 = new ReadableStream({ start(c) { c.enqueue(new Uint8Array([1])); c.close(); } });
  await attempt('stream body on 307', () => fetch(`${base}/r307`, { method: 'POST', body: stream2, duplex: 'half' }).then((r) => r.status));
  server.close();
})();
