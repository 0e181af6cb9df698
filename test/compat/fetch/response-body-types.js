'use strict';
// Response bodies of every BodyInit kind: the bytes read back and the Content-Type set.
async function* generate() {
  yield 'str';
  yield new Uint8Array([45]);
  yield Buffer.from('buf');
}
(async () => {
  const cases = [
    ['string', 'héllo'],
    ['Uint8Array', new Uint8Array([104, 105])],
    ['Int16Array', new Int16Array([0x6968])],
    ['DataView', new DataView(new Uint8Array([104, 105]).buffer)],
    ['ArrayBuffer', new Uint8Array([104, 105]).buffer],
    ['Buffer', Buffer.from('buffer')],
    ['URLSearchParams', new URLSearchParams({ a: '1 2', b: 'é&' })],
    ['Blob', new Blob(['blob'], { type: 'text/b' })],
    ['File', new File(['file'], 'f.txt', { type: 'text/f' })],
    ['ReadableStream', new ReadableStream({ start(c) { c.enqueue(new Uint8Array([65])); c.enqueue(new Uint8Array([66])); c.close(); } })],
    ['async iterable', generate()],
    ['number', 123],
    ['object', { a: 1 }],
    ['array', [1, 2]],
  ];
  for (const [label, body] of cases) {
    const r = new Response(body);
    console.log(label, r.headers.get('content-type'), JSON.stringify(await r.text()));
  }
  const bom = new Response(new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0xff]));
  console.log(JSON.stringify(await bom.text()));
  const ab = await new Response('ab').arrayBuffer();
  console.log(ab.constructor.name, ab.byteLength);
  const blob = await new Response('ab', { headers: { 'content-type': 'Text/X' } }).blob();
  console.log(blob.constructor.name, blob.type, blob.size);
  console.log(await new Response('{"k":"v"}').json());
  try {
    await new Response(new ReadableStream({ start(c) { c.enqueue('text chunk'); c.close(); } })).text();
  } catch (e) {
    console.log(`${e.name}: ${e.message}`);
  }
})();
