// Readable/Writable/Duplex toWeb and fromWeb.
const { Readable, Writable, Duplex, PassThrough } = require('stream');
const log = (...a) => console.log(...a);
async function collect(it) { const out = []; for await (const x of it) out.push(x); return out; }
async function main() {
  log(await collect(Readable.toWeb(Readable.from(['n1', 'n2']))));
  log(await Readable.fromWeb(ReadableStream.from(['w1', 'w2']), { objectMode: true }).toArray());
  const got = [];
  const nodeWritable = new Writable({ objectMode: true, write(c, e, cb) { got.push(c); cb(); } });
  const web = Writable.toWeb(nodeWritable);
  const writer = web.getWriter();
  await writer.write('to node');
  await writer.close();
  log('node writable got', got, 'finished', nodeWritable.writableFinished);
  const sinkChunks = [];
  const fromWeb = Writable.fromWeb(new WritableStream({ write(c) { sinkChunks.push(c); } }), { objectMode: true });
  fromWeb.write('a');
  fromWeb.end('b');
  await new Promise((res) => fromWeb.on('finish', res));
  log('web sink got', sinkChunks);
  const { readable, writable } = Duplex.toWeb(new PassThrough({ objectMode: true }));
  const w = writable.getWriter();
  w.write('dup');
  w.close();
  log('duplex toWeb', await collect(readable));
  const ts = new TransformStream({ transform(c, ctl) { ctl.enqueue(`[${c}]`); } });
  const d = Duplex.fromWeb(ts, { objectMode: true });
  d.end('x');
  log('duplex fromWeb', await d.toArray());
  for (const bad of [() => Readable.toWeb({}), () => Readable.fromWeb({}), () => Writable.toWeb(1), () => Writable.fromWeb(null), () => Duplex.fromWeb({})]) {
    try { bad(); } catch (e) { log(e.name, e.code, e.message); }
  }
  const destroyed = new Readable({ read() {} });
  destroyed.destroy();
  const rsd = Readable.toWeb(destroyed);
  try { await rsd.getReader().read(); } catch (e) { log('destroyed source', e.name, e.code, e.cause.code); }
  const err = new Readable({ read() {} });
  const rse = Readable.toWeb(err);
  err.destroy(new Error('node side'));
  try { await rse.getReader().read(); } catch (e) { log('web read error', e.message); }
}
main();
