'use strict';
// AbortSignal: aborted before the call (rejects with the signal's reason, an AbortError by
// default), while waiting for the response head, and while the body is being read.
const { serve } = require('./_server');
(async () => {
  const { server, base } = await serve((req, res) => {
    if (req.url === '/never') return; // no answer at all
    if (req.url === '/partial') {
      res.writeHead(200);
      res.write('part');
      return; // the body never ends
    }
    res.end('ok');
  });
  const describe = (e) => `${e.name} ${e.constructor.name} ${e.code} ${e.message}`;
  const ac = new AbortController();
  ac.abort();
  try { await fetch(`${base}/x`, { signal: ac.signal }); } catch (e) { console.log('before:', describe(e)); }
  try { await fetch(`${base}/x`, { signal: AbortSignal.abort(new Error('my reason')) }); } catch (e) { console.log('before, reason:', e.message); }
  try { await fetch(`${base}/x`, { signal: AbortSignal.abort('a string') }); } catch (e) { console.log('before, string:', e); }
  const req = new Request(`${base}/x`, { signal: AbortSignal.abort() });
  try { await fetch(req); } catch (e) { console.log('request signal:', e.name); }

  const during = new AbortController();
  setTimeout(() => during.abort(), 100);
  try { await fetch(`${base}/never`, { signal: during.signal }); } catch (e) { console.log('waiting:', describe(e)); }

  const custom = new AbortController();
  setTimeout(() => custom.abort(new RangeError('custom')), 100);
  try { await fetch(`${base}/never`, { signal: custom.signal }); } catch (e) { console.log('waiting, reason:', e.name, e.message); }

  const body = new AbortController();
  const r = await fetch(`${base}/partial`, { signal: body.signal });
  const reader = r.body.getReader();
  console.log('first chunk:', new TextDecoder().decode((await reader.read()).value));
  body.abort();
  try { await reader.read(); } catch (e) { console.log('reading:', describe(e)); }

  const text = new AbortController();
  const r2 = await fetch(`${base}/partial`, { signal: text.signal });
  const pending = r2.text();
  setTimeout(() => text.abort(), 50);
  try { await pending; } catch (e) { console.log('text():', describe(e)); }

  // Aborting after the body was read changes nothing.
  const late = new AbortController();
  const r3 = await fetch(`${base}/done`, { signal: late.signal });
  console.log(await r3.text());
  late.abort();
  console.log('after abort, still', r3.status);
  server.close();
})();
