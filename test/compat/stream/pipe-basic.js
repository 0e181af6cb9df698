// readable.pipe(): data, end, 'pipe'/'unpipe' events, backpressure, end: false, several destinations.
const { Readable, Writable } = require('stream');
const log = (...a) => console.log(...a);
const sink = (name, hwm = 16) => {
  const w = new Writable({ objectMode: true, highWaterMark: hwm, write(c, e, cb) { log(name, 'got', c); setTimeout(cb, 1); } });
  w.on('pipe', () => log(name, 'pipe event'));
  w.on('unpipe', () => log(name, 'unpipe event'));
  w.on('finish', () => log(name, 'finish'));
  w.on('drain', () => log(name, 'drain'));
  return w;
};
const r = Readable.from([1, 2, 3, 4]);
const a = sink('A', 1);
log('pipe returns dest', r.pipe(a) === a);
log('pipes', r._readableState.pipes.length, 'flowing', r.readableFlowing);
r.on('end', () => log('source end'));
a.on('close', () => {
  const r2 = Readable.from(['x', 'y']);
  const b = sink('B');
  r2.pipe(b, { end: false });
  r2.on('end', () => setTimeout(() => {
    log('B after end: ended?', b.writableEnded);
    third();
  }, 10));
});
function third() {
  const r3 = Readable.from(['m', 'n']);
  r3.pipe(sink('C'));
  r3.pipe(sink('D'));
}
