'use strict';
// A redirect to another origin (another port) drops authorization, proxy-authorization and cookie;
// one to the same origin keeps them. Other headers always stay.
const { serve } = require('./_server');
(async () => {
  const show = (who) => (req, res) => {
    const h = req.headers;
    console.log(`  ${who} ${req.url}`, h.authorization ?? '-', h['proxy-authorization'] ?? '-', h.cookie ?? '-',
      h['x-other'] ?? '-');
  };
  const other = await serve((req, res) => {
    show('other')(req, res);
    res.end('other origin');
  });
  const { server, base, mask } = await serve((req, res) => {
    show('first')(req, res);
    if (req.url === '/away') {
      res.writeHead(302, { location: `${other.base}/landed` });
      return res.end();
    }
    if (req.url === '/here') {
      res.writeHead(307, { location: '/stayed' });
      return res.end();
    }
    res.end('same origin');
  });
  const headers = { authorization: 'Bearer t', 'proxy-authorization': 'Basic p', cookie: 'c=1', 'x-other': 'kept' };
  const a = await fetch(`${base}/away`, { headers });
  console.log(await a.text(), a.redirected, other.mask(a.url));
  const b = await fetch(`${base}/here`, { headers });
  console.log(await b.text(), b.redirected, mask(b.url));
  server.close();
  other.server.close();
})();
