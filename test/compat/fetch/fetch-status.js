'use strict';
// Responses of every sort: error statuses are responses (not rejections), HEAD and 204/304 have no
// body, the status text is the server's, an unread body does not stop the next fetch.
const { serve } = require('./_server');
(async () => {
  const { server, base } = await serve((req, res) => {
    const m = /^\/(\d+)/.exec(req.url);
    const status = m ? Number(m[1]) : 200;
    if (req.url === '/custom-text') {
      res.writeHead(299, 'Very Custom');
      return res.end('x');
    }
    res.writeHead(status, { 'x-status': status });
    res.end(status === 204 || status === 304 ? undefined : `status ${status}`);
  });
  for (const path of ['/200', '/201', '/204', '/304', '/400', '/404', '/418', '/500', '/503', '/custom-text']) {
    const r = await fetch(base + path);
    const body = r.body === null ? null : await r.text();
    console.log(path, r.status, JSON.stringify(r.statusText), r.ok, r.headers.get('x-status'), body);
  }
  const head = await fetch(`${base}/200`, { method: 'HEAD' });
  console.log('HEAD', head.status, head.body, head.headers.get('content-length'), JSON.stringify(await head.text()));
  const unread = await fetch(`${base}/200`);
  console.log('unread', unread.status);
  console.log('next', await (await fetch(`${base}/201`)).text());
  await unread.body.cancel();
  console.log('cancelled', unread.bodyUsed);
  server.close();
})();
