// stream.pipeline with streams: callback once, after finish; errors destroy every stage.
const { pipeline, Readable, Writable, Transform, PassThrough } = require('stream');
const log = (...a) => console.log(...a);
const upper = () => new Transform({ objectMode: true, transform(c, e, cb) { cb(null, String(c).toUpperCase()); } });
const collect = (out) => new Writable({ objectMode: true, write(c, e, cb) { out.push(c); cb(); } });
const out = [];
const last = collect(out);
const ret = pipeline(Readable.from(['a', 'b']), upper(), new PassThrough({ objectMode: true }), last, (err, val) => {
  log('done', err, val, out);
  setTimeout(step2, 1);
});
log('returns last', ret === last);
function step2() {
  const src = Readable.from(['x', 'y', 'z']);
  const failing = new Transform({ objectMode: true, transform(c, e, cb) { cb(c === 'y' ? new Error('bad y') : null, c); } });
  const dst = collect([]);
  for (const [name, s] of [['src', src], ['failing', failing], ['dst', dst]]) s.on('close', () => log(name, 'close, destroyed', s.destroyed));
  pipeline(src, failing, dst, (err) => { log('step2 error', err.message); setTimeout(step3, 5); });
}
function step3() {
  const src = new Readable({ objectMode: true, read() {} });
  const dst = collect([]);
  pipeline(src, dst, (err) => { log('premature', err.code, err.message); setTimeout(step4, 1); });
  src.push(1);
  setTimeout(() => src.destroy(), 1);
}
function step4() {
  try { pipeline(Readable.from([1])); } catch (e) { log(e.name, e.code, e.message); }
  try { pipeline(Readable.from([1]), () => {}); } catch (e) { log(e.name, e.code, e.message); }
  try { pipeline([Readable.from([1])], () => {}); } catch (e) { log(e.name, e.code, e.message); }
  try { pipeline(Readable.from([1]), collect([]), 'nope'); } catch (e) { log(e.name, e.code, e.message); }
  try { pipeline(() => 42, collect([]), () => {}); } catch (e) { log(e.name, e.code, e.message); }
  pipeline([Readable.from([7]), collect([])], (err) => log('array form', err));
}
