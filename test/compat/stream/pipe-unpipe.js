// unpipe() stops the flow; unpipe of all destinations; destination errors unpipe the source.
const { Readable, Writable } = require('stream');
const log = (...a) => console.log(...a);
const r = new Readable({ objectMode: true, read() {} });
const w = new Writable({ objectMode: true, write(c, e, cb) { log('w got', c); cb(); } });
w.on('unpipe', (src) => log('unpipe from r?', src === r));
r.pipe(w);
r.push(1);
setTimeout(() => {
  r.unpipe(w);
  log('after unpipe: flowing', r.readableFlowing, 'pipes', r._readableState.pipes.length);
  r.push(2);
  log('buffered', r.readableLength);
  log('unpipe unknown returns r', r.unpipe(new Writable()) === r);
  const w1 = new Writable({ objectMode: true, write(c, e, cb) { cb(); } });
  const w2 = new Writable({ objectMode: true, write(c, e, cb) { cb(); } });
  w1.on('unpipe', () => log('w1 unpiped'));
  w2.on('unpipe', () => log('w2 unpiped'));
  r.pipe(w1);
  r.pipe(w2);
  r.unpipe();
  log('pipes after unpipe()', r._readableState.pipes.length);
}, 5);
setTimeout(() => {
  const src = new Readable({ objectMode: true, read() {} });
  const dst = new Writable({ objectMode: true, write(c, e, cb) { cb(new Error('dst failed')); } });
  dst.on('error', (e) => log('dst error', e.message, 'source pipes', src._readableState.pipes.length));
  dst.on('unpipe', () => log('dst unpipe'));
  src.pipe(dst);
  src.push('boom');
}, 20);
