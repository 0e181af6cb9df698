'use strict';
// buffer.resolveObjectURL: the Blob behind a blob:nodedata: URL, a new Blob each time.
const { Blob, File, resolveObjectURL } = require('buffer');

(async () => {
  const b = new Blob(['hello', ' ', new Uint8Array([0x77, 0x6f]), 'rld'], { type: 'Text/Plain' });
  const u = URL.createObjectURL(b);
  const r = resolveObjectURL(u);
  console.log(r, r === b, r instanceof Blob, r.size, r.type, await r.text());
  console.log(resolveObjectURL(u) === r, await resolveObjectURL(u).slice(2, 8, 'A/B').text());
  console.log(Buffer.from(await r.arrayBuffer()).toString('hex'), (await r.bytes()).length);

  const f = new File(['x'], 'a.txt', { type: 'a/b', lastModified: 5 });
  const rf = resolveObjectURL(URL.createObjectURL(f));
  console.log(rf, rf instanceof File, rf.constructor.name, rf.name);

  class MyBlob extends Blob {}
  console.log(resolveObjectURL(URL.createObjectURL(new MyBlob(['q']))).constructor.name);
  console.log(resolveObjectURL(URL.createObjectURL(new Blob())));

  // The registered blob is the content at createObjectURL time (blobs are immutable anyway).
  const id = u.slice('blob:nodedata:'.length);
  const forms = {
    'as is': u,
    'URL object': new URL(u),
    'hash': u + '#frag',
    'query': u + '?q=1',
    'spaces': ' ' + u + ' ',
    'upper scheme': 'BLOB:nodedata:' + id,
    'other scheme': 'x:nodedata:' + id,
    'upper id': 'blob:nodedata:' + id.toUpperCase(),
    'upper base': 'blob:NODEDATA:' + id,
    'http path': 'http://h/nodedata:' + id,
    'extra colon': u + ':',
    'encoded colon': 'blob:nodedata%3A' + id,
    'leading slash': 'blob:/nodedata:' + id,
    'trailing path': u + '/x',
    'no scheme': 'nodedata:' + id,
    'toString object': { toString() { return u; } },
  };
  for (const [name, v] of Object.entries(forms)) console.log(name, resolveObjectURL(v) !== undefined);
  for (const v of [undefined, null, 1, {}, 'nonsense', 'blob:nodedata:', 'blob:nodedata:nope', 'http://x', '']) {
    console.log(String(v), resolveObjectURL(v));
  }
  try { resolveObjectURL(Symbol('s')); } catch (e) { console.log(e.name); }
  console.log(resolveObjectURL.length, resolveObjectURL.name);

  URL.revokeObjectURL(u);
  console.log('after revoke', resolveObjectURL(u), await r.text());
})();
