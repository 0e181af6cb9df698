// Byte streams: BYOB reads, byobRequest.respond, autoAllocateChunkSize, min option.
const log = (...a) => console.log(...a);
async function main() {
  const rs = new ReadableStream({
    type: 'bytes',
    start(c) { c.enqueue(new Uint8Array([1, 2, 3, 4, 5])); c.close(); },
  });
  const reader = rs.getReader({ mode: 'byob' });
  log(await reader.read(new Uint8Array(2)));
  log(await reader.read(new Uint8Array(8)));
  log(await reader.read(new Uint8Array(8)));
  let n = 0;
  const pulled = new ReadableStream({
    type: 'bytes',
    pull(c) {
      const req = c.byobRequest;
      log('pull: view length', req.view.byteLength);
      if (n++ === 2) { c.close(); req.respond(0); return; }
      req.view[0] = 10 + n;
      req.view[1] = 20 + n;
      req.respond(2);
    },
  });
  const r2 = pulled.getReader({ mode: 'byob' });
  for (;;) {
    const { value, done } = await r2.read(new Uint8Array(4));
    log('byob', value, done);
    if (done) break;
  }
  const auto = new ReadableStream({
    type: 'bytes',
    autoAllocateChunkSize: 3,
    pull(c) { const v = c.byobRequest.view; v.set([7, 8, 9]); c.byobRequest.respond(3); c.close(); },
  });
  const r3 = auto.getReader();
  log('auto', await r3.read(), await r3.read());
  const many = new ReadableStream({
    type: 'bytes',
    start(c) { c.enqueue(new Uint8Array([1])); c.enqueue(new Uint8Array([2, 3])); c.enqueue(new Uint8Array([4, 5, 6])); c.close(); },
  });
  const r4 = many.getReader({ mode: 'byob' });
  log('min 4', await r4.read(new Uint8Array(6), { min: 4 }));
  const r5 = new ReadableStream({ type: 'bytes' }).getReader({ mode: 'byob' });
  for (const [view, opts] of [[new Uint8Array(0)], [new Uint8Array(2), { min: 3 }], [new Uint8Array(2), { min: 0 }], ['x']]) {
    try { await r5.read(view, opts); } catch (e) { log(e.name, e.code); }
  }
  const c16 = new ReadableStream({ type: 'bytes', start(c) { c.enqueue(new Uint8Array([1, 0, 2, 0])); c.close(); } });
  log('Uint16', await c16.getReader({ mode: 'byob' }).read(new Uint16Array(2)));
  new ReadableStream({ type: 'bytes', start(c) {
    try { c.enqueue('str'); } catch (e) { log('enqueue string', e.name, e.code); }
    try { c.enqueue(new Uint8Array(0)); } catch (e) { log('enqueue empty', e.name, e.code); }
  } });
}
main();
