// The order of 'data', 'end', 'close' relative to process.nextTick and promise jobs.
const { Readable } = require('stream');
const log = (...a) => console.log(...a);
function ticks(label, n) {
  let i = 0;
  const f = () => { log(label, i); if (++i < n) process.nextTick(f); };
  process.nextTick(f);
}
const r = new Readable({ objectMode: true, read() {} });
for (const ev of ['resume', 'pause', 'end', 'close', 'readable']) r.on(ev, () => log('event', ev));
r.on('data', (d) => log('data', d));
log('flowing after on(data):', r.readableFlowing, r.isPaused());
r.push('a');
r.push('b');
log('length', r.readableLength);
r.push(null);
ticks('tick', 6);
Promise.resolve().then(() => log('microtask'));
setTimeout(() => {
  log('ended', r.readableEnded, 'destroyed', r.destroyed, 'closed', r.closed);
  // Pushing inside _read, flowing mode.
  let n = 0;
  const r2 = new Readable({
    objectMode: true,
    read() {
      log('_read', n);
      if (n < 3) this.push(n++);
      else this.push(null);
    },
  });
  r2.on('data', (d) => log('r2 data', d));
  r2.on('end', () => log('r2 end'));
  r2.on('close', () => log('r2 close'));
  ticks('t2', 8);
}, 1);
