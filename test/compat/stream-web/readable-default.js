// ReadableStream with a default controller: start/pull/cancel, reader.read(), desiredSize, close.
const log = (...a) => console.log(...a);
async function main() {
  let pulls = 0;
  const rs = new ReadableStream({
    start(c) { log('start desiredSize', c.desiredSize); c.enqueue('first'); },
    pull(c) { pulls++; log('pull', pulls, 'desiredSize', c.desiredSize); if (pulls < 3) c.enqueue(`p${pulls}`); else c.close(); },
    cancel(reason) { log('never cancelled', reason); },
  }, { highWaterMark: 2 });
  const reader = rs.getReader();
  log('locked', rs.locked);
  for (;;) {
    const { value, done } = await reader.read();
    log('read', value, done);
    if (done) break;
  }
  await reader.closed;
  log('closed resolved');
  reader.releaseLock();
  log('locked after release', rs.locked);
  const rs2 = new ReadableStream({ cancel(reason) { log('cancel with', reason); return 'ignored'; } });
  log('cancel result', await rs2.cancel('why'));
  const rs3 = new ReadableStream({ start(c) { c.error(new Error('bad source')); } });
  try { await rs3.getReader().read(); } catch (e) { log('read rejected', e.message); }
  const rs4 = new ReadableStream({ pull() { throw new Error('pull threw'); } });
  try { await rs4.getReader().read(); } catch (e) { log('pull error', e.message); }
  const rs5 = new ReadableStream({ start(c) { c.enqueue(1); c.close(); } }, { highWaterMark: 0 });
  const r5 = rs5.getReader();
  log(await r5.read(), await r5.read(), await r5.read());
  const sized = new ReadableStream({ start(c) { c.enqueue('abcd'); log('size desired', c.desiredSize); } },
    { highWaterMark: 10, size: (chunk) => chunk.length });
  void sized;
}
main();
