'use strict';
// Compressed responses are decoded (gzip, x-gzip, deflate with or without the zlib wrapper, br,
// and two codings in a row); an unknown coding is left as it is. The headers stay as sent.
const zlib = require('zlib');
const { serve } = require('./_server');
const text = 'compressed text '.repeat(50);
const bodies = {
  '/gzip': ['gzip', zlib.gzipSync(text)],
  '/x-gzip': ['x-gzip', zlib.gzipSync(text)],
  '/deflate': ['deflate', zlib.deflateSync(text)],
  '/raw-deflate': ['deflate', zlib.deflateRawSync(text)],
  '/br': ['br', zlib.brotliCompressSync(text)],
  '/twice': ['deflate, gzip', zlib.gzipSync(zlib.deflateSync(text))],
  '/upper': ['GZIP', zlib.gzipSync(text)],
  '/unknown': ['zstd-like', Buffer.from('raw bytes')],
  '/identity': ['identity', Buffer.from('plain')],
};
(async () => {
  const { server, base } = await serve((req, res) => {
    console.log('accept-encoding:', req.headers['accept-encoding']);
    const [coding, body] = bodies[req.url];
    res.writeHead(200, { 'content-encoding': coding, 'content-length': body.length });
    res.end(body);
  });
  for (const path of Object.keys(bodies)) {
    const r = await fetch(base + path);
    const body = await r.text();
    console.log(path, r.headers.get('content-encoding'), r.headers.get('content-length') === String(bodies[path][1].length),
      body.length, body === text ? 'decoded' : JSON.stringify(body.slice(0, 20)));
  }
  const own = await fetch(`${base}/gzip`, { headers: { 'accept-encoding': 'gzip' } });
  console.log('own accept-encoding', (await own.text()) === text);
  server.close();
})();
