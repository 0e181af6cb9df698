'use strict';
// The request head fetch sends (as the server's rawHeaders show it): host and connection first,
// the request's own headers in order and spelling, then accept, accept-language, sec-fetch-mode,
// user-agent and accept-encoding unless given, then the body's length.
const { serve } = require('./_server');
(async () => {
  const { server, base, mask } = await serve((req, res) => {
    req.resume();
    req.on('end', () => {
      console.log(req.method, req.url, req.httpVersion, mask(JSON.stringify(req.rawHeaders)));
      res.end();
    });
  });
  const go = async (...args) => (await fetch(...args)).text();
  await go(`${base}/plain`);
  await go(`${base}/custom`, { headers: { 'X-Custom': 'v', 'User-Agent': 'me', Accept: 'text/html', 'x-b': ['1', '2'] } });
  await go(`${base}/post`, { method: 'POST', body: 'hello' });
  await go(`${base}/post-empty`, { method: 'POST' });
  await go(`${base}/put-empty`, { method: 'PUT' });
  await go(`${base}/delete`, { method: 'DELETE' });
  await go(`${base}/head`, { method: 'HEAD' });
  await go(`${base}/options`, { method: 'OPTIONS' });
  await go(`${base}/close`, { headers: { connection: 'close', host: 'elsewhere', 'content-length': '99' } });
  await go(`${base}/lang`, { headers: { 'accept-language': 'fr', 'accept-encoding': 'identity', 'sec-fetch-mode': 'no-cors' } });
  await go(`${base}/mode`, { mode: 'same-origin' });
  const h = new Headers();
  h.append('Zed', '1');
  h.append('alpha', '2');
  h.append('zed', '3');
  await go(`${base}/order`, { headers: h });
  server.close();
})();
