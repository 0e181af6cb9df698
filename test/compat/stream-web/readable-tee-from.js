// tee(), ReadableStream.from, async iteration with preventCancel and early exit.
const log = (...a) => console.log(...a);
async function collect(it) { const out = []; for await (const x of it) out.push(x); return out; }
async function main() {
  const [a, b] = ReadableStream.from([1, 2, 3]).tee();
  log(await collect(a), await collect(b));
  log(await collect(ReadableStream.from((async function* () { yield 'x'; yield 'y'; })())));
  log(await collect(ReadableStream.from(new Set(['s']))));
  log(await collect(ReadableStream.from([Promise.resolve('p')])));
  try { ReadableStream.from(42); } catch (e) { log(e.name, e.code, e.message); }
  let cancelled = false;
  const rs = new ReadableStream({ pull(c) { c.enqueue('v'); }, cancel() { cancelled = true; } });
  for await (const v of rs) { log('first', v); break; }
  log('cancelled on break', cancelled, 'locked', rs.locked);
  cancelled = false;
  const rs2 = new ReadableStream({ pull(c) { c.enqueue('w'); }, cancel() { cancelled = true; } });
  for await (const v of rs2.values({ preventCancel: true })) { log('got', v); break; }
  log('preventCancel', cancelled, 'locked', rs2.locked);
  const errored = new ReadableStream({ start(c) { c.enqueue(1); c.error(new Error('mid')); } });
  try { for await (const v of errored) log('never', v); } catch (e) { log('iteration error', e.message); }
  const [t1, t2] = new ReadableStream({ start(c) { c.enqueue('q'); c.close(); } }).tee();
  log(await t1.cancel('r1'), t1.locked, await collect(t2));
  const bytes = new ReadableStream({ type: 'bytes', start(c) { c.enqueue(new Uint8Array([9, 8])); c.close(); } });
  const [bt1, bt2] = bytes.tee();
  log(await collect(bt1), await collect(bt2));
}
main();
