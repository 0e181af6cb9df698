// The writable* getters through a stream's life.
const { Writable } = require('stream');
const log = (...a) => console.log(...a);
let release;
const w = new Writable({ highWaterMark: 2, objectMode: true, write(c, e, cb) { release = cb; } });
const state = () => ({
  writable: w.writable, ended: w.writableEnded, finished: w.writableFinished, length: w.writableLength,
  needDrain: w.writableNeedDrain, corked: w.writableCorked, objectMode: w.writableObjectMode,
  hwm: w.writableHighWaterMark, destroyed: w.destroyed, closed: w.closed, errored: w.errored,
  aborted: w.writableAborted,
});
log('fresh', state());
w.write(1);
w.write(2);
log('two writes', state());
w.end();
log('ended', state());
release();
setTimeout(() => { release(); setTimeout(() => log('finished', state()), 5); }, 1);
const w2 = new Writable({ write(c, e, cb) {} });
w2.write('x');
w2.destroy(new Error('x'));
w2.on('error', () => {});
log('destroyed', w2.writableAborted, w2.destroyed, w2.errored.message, w2.writable);
log(w instanceof Writable, Object.create(Writable.prototype) instanceof Writable, {} instanceof Writable);
log(Writable.WritableState.name, typeof w._writableState.getBuffer, w._writableState.bufferedRequestCount);
const w3 = Writable({ write(c, e, cb) { cb(); } });
log('without new', w3 instanceof Writable);
