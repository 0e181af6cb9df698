'use strict';
// The headers of error and redirect Responses (and of fetched ones) are immutable; those of
// Requests and of Responses made by user code can be changed.
const { serve } = require('./_server');
function t(label, f) {
  try {
    f();
    console.log(label, 'changed');
  } catch (e) {
    console.log(label, `${e.name}: ${e.message}`);
  }
}
(async () => {
  t('error set', () => Response.error().headers.set('a', 'b'));
  t('redirect append', () => Response.redirect('http://x/', 301).headers.append('a', 'b'));
  t('redirect delete', () => Response.redirect('http://x/', 301).headers.delete('location'));
  t('response set', () => new Response('x').headers.set('a', 'b'));
  t('json set', () => Response.json(1).headers.set('a', 'b'));
  t('request set', () => new Request('http://x/').headers.set('a', 'b'));
  const { server, base } = await serve((req, res) => res.end('hi'));
  const r = await fetch(base);
  t('fetched set', () => r.headers.set('a', 'b'));
  t('fetched delete', () => r.headers.delete('content-length'));
  // A bad name is reported before the guard.
  t('fetched bad name', () => r.headers.set('a b', 'c'));
  t('clone of fetched', () => r.clone().headers.append('a', 'b'));
  await r.text();
  server.close();
})();
