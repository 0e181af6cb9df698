// pipeTo options: preventClose, preventAbort, preventCancel; errors travel both ways.
const log = (...a) => console.log(...a);
function sink(name, out) {
  return new WritableStream({
    write(c) { out.push(c); },
    close() { log(name, 'closed'); },
    abort(r) { log(name, 'aborted', r && r.message); },
  });
}
async function main() {
  const out = [];
  await ReadableStream.from(['a', 'b']).pipeTo(sink('s1', out));
  log('piped', out);
  const ws = sink('s2', []);
  await ReadableStream.from(['c']).pipeTo(ws, { preventClose: true });
  log('s2 still open, locked', ws.locked);
  const failing = new ReadableStream({ start(c) { c.enqueue(1); c.error(new Error('source broke')); } });
  try { await failing.pipeTo(sink('s3', [])); } catch (e) { log('pipeTo rejected', e.message); }
  const failing2 = new ReadableStream({ start(c) { c.error(new Error('again')); } });
  try { await failing2.pipeTo(sink('s4', []), { preventAbort: true }); } catch (e) { log('preventAbort', e.message); }
  let cancelled;
  const src = new ReadableStream({ pull(c) { c.enqueue('x'); }, cancel(r) { cancelled = r.message; } });
  const broken = new WritableStream({ write() { throw new Error('dest broke'); } });
  try { await src.pipeTo(broken); } catch (e) { log('dest error', e.message, 'source cancelled with', cancelled); }
  const locked = new ReadableStream();
  locked.getReader();
  try { await locked.pipeTo(new WritableStream()); } catch (e) { log(e.name, e.code, e.message); }
  try { await new ReadableStream().pipeTo('x'); } catch (e) { log(e.name, e.code, e.message); }
  try { new ReadableStream().pipeThrough({}); } catch (e) { log(e.name, e.code, e.message); }
}
main();
