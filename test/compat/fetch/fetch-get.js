'use strict';
// A GET over http: status, statusText, headers (lower-cased, sorted), body, url, type, inspect.
const util = require('util');
const { serve } = require('./_server');
(async () => {
  const { server, base, mask } = await serve((req, res) => {
    res.setHeader('X-Custom', 'value');
    res.setHeader('Set-Cookie', ['a=1', 'b=2']);
    res.setHeader('Content-Type', 'text/plain; charset=utf-8');
    res.end(`you asked for ${req.url}`);
  });
  const r = await fetch(`${base}/path/x?q=1#fragment`);
  const headers = [...r.headers].map(([k, v]) => [k, k === 'date' ? '<date>' : v]);
  console.log(r.status, r.statusText, r.ok, mask(r.url), r.type, r.redirected, r.bodyUsed);
  console.log(headers, r.headers.getSetCookie());
  console.log(mask(util.inspect(r)).replace(/date: '[^']*'/, "date: '<date>'"));
  console.log(await r.text(), r.bodyUsed);
  const j = await fetch(new URL(`${base}/json`)).then((x) => x.text());
  console.log(j);
  const viaRequest = await fetch(new Request(`${base}/req`));
  console.log(mask(viaRequest.url), await viaRequest.text());
  server.close();
})();
