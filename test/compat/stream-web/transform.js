// TransformStream: transform/flush, pipeThrough, controller.terminate, errors, identity transform.
const log = (...a) => console.log(...a);
async function collect(it) { const out = []; for await (const x of it) out.push(x); return out; }
async function main() {
  const upper = new TransformStream({
    start() { log('start'); },
    transform(chunk, c) { c.enqueue(chunk.toUpperCase()); c.enqueue('|'); },
    flush(c) { c.enqueue('END'); },
  });
  log(await collect(ReadableStream.from(['a', 'b']).pipeThrough(upper)));
  log(await collect(ReadableStream.from([1, 2]).pipeThrough(new TransformStream())));
  const stopper = new TransformStream({ transform(chunk, c) { c.enqueue(chunk); if (chunk === 2) c.terminate(); } });
  const writer = stopper.writable.getWriter();
  writer.write(1);
  writer.write(2);
  log('terminated output', await collect(stopper.readable));
  try { await writer.write(3); } catch (e) { log('write after terminate', e.name, e.code); }
  const bad = new TransformStream({ transform() { throw new Error('transform threw'); } });
  try { await collect(ReadableStream.from(['x']).pipeThrough(bad)); } catch (e) { log('caught', e.message); }
  const ts = new TransformStream();
  log('desiredSize', ts.writable.getWriter().desiredSize);
  try { new TransformStream({ readableType: 'bytes' }); } catch (e) { log(e.name, e.code); }
  try { TransformStream.prototype.readable; } catch (e) { log(e.name, e.code, e.message); }
  log(require('util').inspect(new TransformStream(), { depth: 0 }));
  const cancelled = new TransformStream({ cancel(reason) { log('transformer cancel', reason); } });
  await cancelled.readable.cancel('reader gone');
}
main();
