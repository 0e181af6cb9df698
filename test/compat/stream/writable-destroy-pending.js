// destroy() with queued writes: their callbacks get ERR_STREAM_DESTROYED (or the error) on the next tick.
const { Writable } = require('stream');
const log = (...a) => console.log(...a);
const w = new Writable({ objectMode: true, write(c, e, cb) { log('writing', c); setTimeout(cb, 5); } });
w.on('error', (e) => log('error event', e.message));
w.on('close', () => log('close'));
w.write(1, (err) => log('cb 1', err && err.code));
w.write(2, (err) => log('cb 2', err && err.code, err && err.message));
w.write(3, (err) => log('cb 3', err && err.code));
w.end((err) => log('end cb', err && err.code, err && err.message));
log('length before destroy', w.writableLength);
w.destroy();
log('length after destroy', w.writableLength, 'buffer', w.writableBuffer.length);
process.nextTick(() => log('tick: length', w.writableLength));
setTimeout(() => {
  const w2 = new Writable({ objectMode: true, write(c, e, cb) { setTimeout(cb, 1); } });
  w2.on('error', (e) => log('w2 error', e.message));
  w2.write('a');
  w2.write('b', (err) => log('w2 cb b', err && err.message));
  w2.destroy(new Error('w2 failure'));
  w2.destroy(new Error('ignored second'), () => log('second destroy cb'));
}, 20);
