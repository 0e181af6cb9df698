// Destroying a Duplex: pending writes fail, 'error' then 'close', end/finish never come.
const { Duplex, PassThrough } = require('stream');
const log = (...a) => console.log(...a);
const d = new Duplex({
  objectMode: true,
  read() {},
  write(c, e, cb) { log('write', c); setTimeout(cb, 5); },
});
for (const ev of ['end', 'finish', 'close', 'error']) d.on(ev, (x) => log('event', ev, x && x.message));
d.write('a', (err) => log('cb a', err && err.message));
d.write('b', (err) => log('cb b', err && err.code, err && err.message));
d.end((err) => log('end cb', err && err.message));
process.nextTick(() => {
  d.destroy(new Error('torn down'));
  log('destroyed', d.destroyed, 'readable', d.readable, 'writable', d.writable);
});
setTimeout(() => {
  const p = new PassThrough();
  p.on('close', () => log('p close; readableAborted', p.readableAborted, 'writableAborted', p.writableAborted));
  p.destroy();
  const p2 = new PassThrough({ emitClose: false });
  p2.on('close', () => log('never'));
  p2.destroy();
  const p3 = new PassThrough({ autoDestroy: false, objectMode: true });
  p3.on('data', () => {});
  p3.on('end', () => log('p3 end'));
  p3.on('finish', () => setTimeout(() => log('p3 not destroyed', p3.destroyed), 5));
  p3.end('x');
}, 20);
