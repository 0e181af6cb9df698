'use strict';
// Request bodies: the Content-Type each kind of body sets (unless one is given), reading them,
// clone(), and a Request made from another taking its body.
(async () => {
  const cases = [
    ['string', 'text'],
    ['URLSearchParams', new URLSearchParams({ q: 'a b', r: 'é' })],
    ['Uint8Array', new Uint8Array([104, 105])],
    ['ArrayBuffer', new Uint8Array([104, 105]).buffer],
    ['DataView', new DataView(new Uint8Array([0, 104, 105]).buffer, 1)],
    ['Blob typed', new Blob(['blob'], { type: 'Text/Custom' })],
    ['Blob untyped', new Blob(['blob'])],
    ['number', 42],
  ];
  for (const [label, body] of cases) {
    const r = new Request('http://x/', { method: 'POST', body });
    console.log(label, r.headers.get('content-type'), JSON.stringify(await r.text()), r.bodyUsed);
  }
  const mine = new Request('http://x/', { method: 'POST', body: 'x', headers: { 'Content-Type': 'mine/type' } });
  console.log([...mine.headers]);

  const r = new Request('http://x/', { method: 'POST', body: 'twice' });
  const c = r.clone();
  console.log(await r.text(), await c.text(), r.bodyUsed, c.bodyUsed);
  try { await r.text(); } catch (e) { console.log(`${e.name}: ${e.message}`); }
  try { r.clone(); } catch (e) { console.log(`${e.name}: ${e.message}`); }

  const source = new Request('http://x/', { method: 'PUT', body: 'moved' });
  const taken = new Request(source);
  console.log(source.bodyUsed, taken.bodyUsed, taken.method, await taken.text());
  try { new Request(source); } catch (e) { console.log(`${e.name}: ${e.message}`); }
  const replaced = new Request(source, { body: 'new' });
  console.log(await replaced.text());
  console.log(new Request('http://x/').body, new Request('http://x/', { method: 'POST' }).body);
  console.log(await new Request('http://x/').text() === '', (await new Request('http://x/').arrayBuffer()).byteLength);
  const json = new Request('http://x/', { method: 'POST', body: '{"a":[1,{"b":null}]}' });
  console.log(await json.json());
  const bytes = await new Request('http://x/', { method: 'POST', body: 'ab' }).bytes();
  console.log(bytes.constructor.name, [...bytes]);
  const blob = await new Request('http://x/', { method: 'POST', body: 'ab', headers: { 'content-type': 'A/B' } }).blob();
  console.log(blob.constructor.name, blob.size, blob.type, await blob.text());
})();
