// addAbortSignal, the signal option of streams, pipeline and finished with AbortController.
const { addAbortSignal, Readable, Writable, PassThrough, pipeline, finished } = require('stream');
const { pipeline: pipelinePromise } = require('stream/promises');
const log = (...a) => console.log(...a);
async function main() {
  const ac = new AbortController();
  const r = addAbortSignal(ac.signal, new Readable({ read() {} }));
  r.on('error', (e) => log('error', e.name, e.code, e.message, e.cause.name, e.cause.message));
  r.on('close', () => log('close'));
  ac.abort();
  await new Promise((res) => setTimeout(res, 5));
  const ac2 = new AbortController();
  const w = new Writable({ signal: ac2.signal, write(c, e, cb) { cb(); } });
  w.on('error', (e) => log('writable', e.name, e.cause && e.cause.name));
  ac2.abort(new Error('custom reason'));
  await new Promise((res) => setTimeout(res, 5));
  const ac3 = new AbortController();
  const slow = new Readable({ objectMode: true, read() {} });
  slow.push(1);
  const p = pipelinePromise(slow, new PassThrough({ objectMode: true }), new Writable({ objectMode: true, write(c, e, cb) { log('got', c); cb(); } }), { signal: ac3.signal });
  setTimeout(() => ac3.abort(), 2);
  try { await p; } catch (e) { log('pipeline aborted', e.name, e.code, 'source destroyed', slow.destroyed); }
  const ac4 = new AbortController();
  const r4 = new Readable({ read() {} });
  finished(r4, { signal: ac4.signal }, (err) => log('finished aborted', err.name, err.code));
  ac4.abort();
  const aborted = AbortSignal.abort('early');
  const r5 = new Readable({ read() {}, signal: aborted });
  r5.on('error', (e) => log('already aborted', e.name, e.cause));
  log(await Readable.from([1, 2, 3]).map((x) => x * 2, { signal: new AbortController().signal }).toArray());
  const ac6 = new AbortController();
  const gen = Readable.from((async function* () { yield 1; await new Promise((res) => setTimeout(res, 50)); yield 2; })());
  const arr = gen.toArray({ signal: ac6.signal });
  setTimeout(() => ac6.abort(), 5);
  try { await arr; } catch (e) { log('toArray aborted', e.name); }
  pipeline(async function* ({ signal }) { log('source got signal', typeof signal.aborted); yield 'z'; }, new PassThrough({ objectMode: true }), (err) => log('pipeline cb', err));
}
main();
