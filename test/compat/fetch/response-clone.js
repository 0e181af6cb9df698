'use strict';
// clone() tees the body; bodyUsed and the errors for used or locked bodies.
(async () => {
  const r = new Response('abc');
  const c = r.clone();
  console.log(await r.text(), await c.text(), r.bodyUsed, c.bodyUsed);
  try { await r.text(); } catch (e) { console.log(`${e.name}: ${e.message}`); }
  try { await r.arrayBuffer(); } catch (e) { console.log(`${e.name}: ${e.message}`); }
  try { r.clone(); } catch (e) { console.log(`${e.name}: ${e.message}`); }
  try { r.body.getReader(); } catch (e) { console.log(`${e.name}: ${e.message}`); }

  const locked = new Response('abc');
  locked.body.getReader();
  console.log(locked.bodyUsed);
  try { await locked.text(); } catch (e) { console.log(`${e.name}: ${e.message}`); }
  try { locked.clone(); } catch (e) { console.log(`${e.name}: ${e.message}`); }

  const none = new Response(null);
  console.log(await none.text() === '', none.bodyUsed, await none.text() === '', none.clone().body);

  const s = new Response(new ReadableStream({ start(ctl) { ctl.enqueue(new Uint8Array([49])); ctl.enqueue(new Uint8Array([50])); ctl.close(); } }), { status: 203, headers: { h: 'v' } });
  const s2 = s.clone();
  console.log(s2.status, [...s2.headers], s2.type);
  console.log(await s2.text(), await s.text());
  const cc = new Response('x').clone().clone();
  console.log(await cc.text());
})();
