'use strict';
// Request headers fetch refuses (transfer-encoding, keep-alive, upgrade, expect: the fetch fails
// with undici's error as the cause) and those it replaces with its own (host, connection,
// content-length); others (te, proxy-connection) go out as given.
const { serve } = require('./_server');
(async () => {
  const { server, base } = await serve((req, res) => {
    req.resume();
    req.on('end', () => res.end(JSON.stringify(req.rawHeaders.slice(2))));
  });
  const cases = [
    { 'transfer-encoding': 'chunked' }, { 'keep-alive': 'timeout=1' }, { Upgrade: 'websocket' },
    { expect: '100-continue' }, { connection: 'keep-alive' }, { connection: 'upgrade' },
    { 'content-length': '99' }, { te: 'trailers' }, { host: 'other.test' }, { 'proxy-connection': 'x' },
  ];
  for (const headers of cases) {
    const label = Object.keys(headers)[0];
    try {
      const r = await fetch(base, { method: 'POST', body: 'abc', headers });
      console.log(label, r.status, await r.text());
    } catch (e) {
      console.log(label, `${e.name}: ${e.message} | cause: ${e.cause.name} ${e.cause.code} ${e.cause.message}`);
    }
  }
  server.close();
})();
