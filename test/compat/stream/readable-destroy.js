// destroy() with and without error: 'error' then 'close', each on a later tick; callbacks; _destroy.
const { Readable } = require('stream');
const log = (...a) => console.log(...a);
function ticks(label, n) {
  let i = 0;
  const f = () => { log(label, i); if (++i < n) process.nextTick(f); };
  process.nextTick(f);
}
const r = new Readable({ read() {} });
r.on('error', (e) => log('error', e.message, 'destroyed', r.destroyed, 'closed', r.closed));
r.on('close', () => log('close', 'errored', r.errored && r.errored.message));
r.on('end', () => log('never end'));
ticks('t', 3);
r.destroy(new Error('boom'));
log('sync: destroyed', r.destroyed, 'errored', r.errored.message, 'closed', r.closed, 'readable', r.readable);
r.destroy(new Error('second'));
setTimeout(() => {
  const r2 = new Readable({
    read() {},
    destroy(err, cb) { log('_destroy got', err); setTimeout(() => cb(err), 1); },
  });
  r2.on('close', () => { log('r2 close'); setTimeout(part3, 1); });
  r2.destroy(null, (err) => log('destroy cb', err));
  log('r2 destroyed', r2.destroyed, 'closed', r2.closed, 'aborted', r2.readableAborted);
}, 5);
function part3() {
  const r3 = new Readable({ read() {}, emitClose: false });
  r3.on('close', () => log('no close event'));
  r3.destroy();
  const r4 = new Readable({ read() {}, destroy(err, cb) { cb(new Error('from _destroy')); } });
  r4.on('error', (e) => log('r4 error', e.message));
  r4.on('close', () => log('r4 close'));
  r4.destroy();
  const r5 = new Readable({ read() {}, destroy() { throw new Error('thrown in _destroy'); } });
  r5.on('error', (e) => log('r5 error', e.message));
  r5.destroy();
}
