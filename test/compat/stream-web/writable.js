// WritableStream: writer.write/close/abort, ready and desiredSize, backpressure, sink errors.
const log = (...a) => console.log(...a);
async function main() {
  const written = [];
  const ws = new WritableStream({
    start(c) { log('start', typeof c.error); },
    write(chunk) { written.push(chunk); return new Promise((res) => setTimeout(res, 1)); },
    close() { log('sink close'); },
  }, { highWaterMark: 2 });
  const writer = ws.getWriter();
  log('desiredSize', writer.desiredSize, 'locked', ws.locked);
  writer.write('a');
  writer.write('b');
  log('after 2 writes desiredSize', writer.desiredSize);
  await writer.ready;
  log('ready; desiredSize', writer.desiredSize);
  await writer.write('c');
  await writer.close();
  await writer.closed;
  log('written', written, 'desiredSize', writer.desiredSize);
  try { await writer.write('late'); } catch (e) { log('write after close', e.name, e.code, e.message); }
  const failing = new WritableStream({ write() { throw new Error('sink failed'); } });
  const w2 = failing.getWriter();
  try { await w2.write(1); } catch (e) { log('write rejected', e.message); }
  try { await w2.closed; } catch (e) { log('closed rejected', e.message); }
  log('desiredSize errored', w2.desiredSize);
  const aborted = new WritableStream({ abort(reason) { log('sink abort', reason); } });
  const w3 = aborted.getWriter();
  await w3.abort('stop');
  try { await w3.write('x'); } catch (e) { log('after abort', e); }
  const plain = new WritableStream();
  await plain.close();
  log('closed without writer');
  const ws4 = new WritableStream();
  ws4.getWriter();
  try { await ws4.close(); } catch (e) { log(e.name, e.code, e.message); }
  try { await ws4.abort(); } catch (e) { log(e.name, e.code, e.message); }
  try { ws4.getWriter(); } catch (e) { log(e.name, e.code, e.message); }
  try { new WritableStream({ type: 'x' }); } catch (e) { log(e.name, e.code); }
  try { new WritableStream(5); } catch (e) { log(e.name, e.code, e.message); }
  const w5 = new WritableStream().getWriter();
  w5.releaseLock();
  try { await w5.write(1); } catch (e) { log('released', e.name, e.code, e.message); }
  log(require('util').inspect(new WritableStream()));
}
main();
