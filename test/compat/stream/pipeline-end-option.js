// stream/promises pipeline with { end: false } leaves the destination open.
const { PassThrough, Readable, Writable } = require('stream');
const { pipeline } = require('stream/promises');
const log = (...a) => console.log(...a);
async function main() {
  const got = [];
  const dest = new Writable({ objectMode: true, write(c, e, cb) { got.push(c); cb(); } });
  await pipeline(Readable.from(['a', 'b']), dest, { end: false });
  log('after first', got, 'ended', dest.writableEnded);
  await pipeline(Readable.from(['c']), dest, { end: false });
  log('after second', got, 'ended', dest.writableEnded);
  await pipeline(Readable.from(['d']), dest);
  log('after third', got, 'ended', dest.writableEnded, 'finished', dest.writableFinished);
  const pt = new PassThrough({ objectMode: true });
  const r = pipeline(Readable.from([1, 2]), pt, { end: false });
  pt.on('data', (x) => log('pt data', x));
  await r;
  log('pt ended', pt.writableEnded);
  try { await pipeline(Readable.from([1]), new PassThrough(), { signal: 'nope' }); } catch (e) { log(e.name, e.code, e.message); }
}
main();
