'use strict';
// A Response's body is a web ReadableStream: read it by hand, with for await, or partly (then the
// body is used); an empty body has no stream at all.
const util = require('util');
(async () => {
  const r = new Response('streamed body');
  console.log(util.inspect(r.body), r.body === r.body);
  const reader = r.body.getReader();
  let text = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    console.log(value.constructor.name, value.length);
    text += new TextDecoder().decode(value);
  }
  console.log(text, r.bodyUsed, util.inspect(r.body));
  const r2 = new Response(new Blob(['a', 'b', 'c']));
  const parts = [];
  for await (const chunk of r2.body) parts.push(new TextDecoder().decode(chunk));
  console.log(parts.join(''), r2.bodyUsed);
  const r3 = new Response('partial');
  const rd = r3.body.getReader();
  await rd.read();
  rd.releaseLock();
  console.log(r3.bodyUsed);
  try { await r3.text(); } catch (e) { console.log(`${e.name}: ${e.message}`); }
  const r4 = new Response('cancelled');
  await r4.body.cancel();
  console.log(r4.bodyUsed);
  const used = new Response('x');
  await used.text();
  try { new Response(used.body); } catch (e) { console.log(`${e.name}: ${e.message}`); }
  const lockedStream = new ReadableStream();
  lockedStream.getReader();
  try { new Response(lockedStream); } catch (e) { console.log(`${e.name}: ${e.message}`); }
  const byob = new Response('byob').body.getReader({ mode: 'byob' });
  const { value } = await byob.read(new Uint8Array(2));
  console.log(new TextDecoder().decode(value));
})();
