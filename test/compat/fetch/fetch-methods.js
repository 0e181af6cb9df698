'use strict';
// Methods go out as the Request normalised them: the six standard ones upper-cased, any other as
// written, so a Node server refuses 'patch' and 'Foo' (400) and takes 'PATCH' and 'M-SEARCH'. An
// empty body is announced (content-length: 0) for the methods that expect one.
const { serve } = require('./_server');
(async () => {
  const { server, base } = await serve((req, res) => {
    req.resume();
    req.on('end', () => res.end(`${req.method} ${req.headers['content-length'] ?? '-'} ${req.headers['transfer-encoding'] ?? '-'}`));
  });
  server.on('clientError', (err, socket) => {
    console.log('  server refused:', err.code);
    socket.end('HTTP/1.1 400 Bad Request\r\nconnection: close\r\n\r\n');
  });
  for (const method of ['get', 'post', 'put', 'delete', 'options', 'PATCH', 'patch', 'Foo', 'M-SEARCH', 'PROPFIND']) {
    const r = await fetch(base, { method });
    console.log(method, r.status, JSON.stringify(await r.text()));
  }
  for (const method of ['POST', 'PROPFIND', 'QUERY', 'M-SEARCH', 'DELETE', 'OPTIONS', 'LOCK']) {
    for (const body of [undefined, '', 'abc']) {
      const r = await fetch(base, { method, body });
      console.log(method, JSON.stringify(body), JSON.stringify(await r.text()));
    }
  }
  server.close();
})();
