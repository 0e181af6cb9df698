// Where 'drain', write callbacks, 'prefinish', 'finish' and 'close' fall among ticks and microtasks.
const { Writable } = require('stream');
const log = (...a) => console.log(...a);
function ticks(label, n) {
  let i = 0;
  const f = () => { log(label, i); if (++i < n) process.nextTick(f); };
  process.nextTick(f);
}
function micro(label, n) {
  let i = 0;
  const f = () => { log(label, i); if (++i < n) queueMicrotask(f); };
  queueMicrotask(f);
}
const w = new Writable({ highWaterMark: 1, objectMode: true, write(c, e, cb) { log('write', c); cb(); } });
for (const ev of ['drain', 'prefinish', 'finish', 'close']) w.on(ev, () => log('event', ev));
ticks('t', 6);
micro('m', 2);
log('w1', w.write(1, () => log('cb1')));
log('w2', w.write(2, () => log('cb2')));
w.end(() => log('end cb'));
setTimeout(() => {
  log('--- async writes');
  const w2 = new Writable({ objectMode: true, write(c, e, cb) { log('write', c); setImmediate(cb); } });
  for (const ev of ['prefinish', 'finish', 'close']) w2.on(ev, () => log('w2 event', ev));
  w2.write('a', () => { log('cb a'); ticks('u', 3); });
  w2.write('b', () => log('cb b'));
  w2.end('c', () => log('w2 end cb'));
  w2.on('close', () => setTimeout(part3, 1));
}, 5);
function part3() {
  log('--- same callback batched');
  const w3 = new Writable({ objectMode: true, write(c, e, cb) { cb(); } });
  const cb = () => log('shared cb');
  w3.write(1, cb);
  w3.write(2, cb);
  w3.write(3, () => log('other cb'));
  ticks('v', 3);
}
