'use strict';
// Redirects followed: 301/302 turn a POST into a GET without body, 303 turns anything but GET/HEAD
// into a GET, 307/308 keep method and body; redirected and url tell where it ended.
const { serve } = require('./_server');
(async () => {
  const { server, base, mask } = await serve((req, res) => {
    let body = '';
    req.on('data', (d) => { body += d; });
    req.on('end', () => {
      console.log('  server', req.method, req.url, JSON.stringify(body), req.headers['content-type'] ?? '-',
        req.headers['content-length'] ?? '-', req.headers['x-keep'] ?? '-');
      const m = /^\/r(\d+)(?:-(\d+))?$/.exec(req.url);
      if (m) {
        const left = Number(m[2] ?? 1);
        res.writeHead(Number(m[1]), { location: left > 1 ? `/r${m[1]}-${left - 1}` : '/done?from=' + m[1] });
        res.end('redirect body');
        return;
      }
      if (req.url === '/absolute') {
        res.writeHead(302, { location: `${base}/done?abs` });
        res.end();
        return;
      }
      res.end(`final ${req.method} ${req.url}`);
    });
  });
  for (const code of [301, 302, 303, 307, 308]) {
    for (const method of ['POST', 'PUT']) {
      console.log(code, method);
      const r = await fetch(`${base}/r${code}`, { method, body: 'data', headers: { 'x-keep': 'k' } });
      console.log(' ->', r.status, r.redirected, mask(r.url), await r.text());
    }
  }
  const head = await fetch(`${base}/r303`, { method: 'HEAD' });
  console.log('HEAD 303 ->', head.status, mask(head.url));
  const chain = await fetch(`${base}/r302-4`);
  console.log('chain ->', mask(chain.url), chain.redirected, await chain.text());
  const abs = await fetch(`${base}/absolute`);
  console.log('absolute ->', mask(abs.url), await abs.text());
  server.close();
})();
