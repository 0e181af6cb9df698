// Duplex.from with streams, pairs, iterables, async generator functions and promises.
const { Duplex, Readable, Writable, PassThrough } = require('stream');
const log = (...a) => console.log(...a);
async function main() {
  const p = new PassThrough();
  log('duplex passes through', Duplex.from(p) === p);
  log(await Duplex.from([1, 2, 3]).toArray());
  const fromReadable = Duplex.from(Readable.from(['r1', 'r2']));
  log('readable only', fromReadable.readable, fromReadable.writable, await fromReadable.toArray());
  const got = [];
  const fromWritable = Duplex.from(new Writable({ objectMode: true, write(c, e, cb) { got.push(c); cb(); } }));
  log('writable only', fromWritable.readable, fromWritable.writable);
  fromWritable.end('w1');
  await new Promise((res) => fromWritable.on('finish', res));
  log('written', got);
  const gen = Duplex.from(async function* (source) { for await (const c of source) yield String(c).toUpperCase(); });
  gen.end('abc');
  log('generator', await gen.toArray());
  const fromPromise = Duplex.from(Promise.resolve('resolved'));
  log('promise', await fromPromise.toArray());
  const pair = Duplex.from({ readable: Readable.from(['pr']), writable: new Writable({ write(c, e, cb) { cb(); } }) });
  log('pair', pair.readable, pair.writable, await pair.toArray());
  for (const bad of [42, null, 'str']) {
    try { Duplex.from(bad); log('ok for', typeof bad); } catch (e) { log(e.name, e.code, e.message); }
  }
  try { Duplex.from(() => 42); } catch (e) { log(e.name, e.code, e.message); }
}
main();
