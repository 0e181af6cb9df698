// Transform event order: data, flush, end, finish, close against ticks; async transforms.
const { Transform } = require('stream');
const log = (...a) => console.log(...a);
function ticks(label, n) {
  let i = 0;
  const f = () => { log(label, i); if (++i < n) process.nextTick(f); };
  process.nextTick(f);
}
const t = new Transform({
  objectMode: true,
  transform(c, e, cb) { log('transform', c); cb(null, c); },
  flush(cb) { log('flush'); cb(); },
});
for (const ev of ['prefinish', 'finish', 'end', 'close']) t.on(ev, () => log('event', ev));
t.on('data', (d) => log('data', d));
ticks('t', 8);
t.write('a');
t.end('b');
setTimeout(() => {
  log('--- async');
  const t2 = new Transform({
    objectMode: true,
    transform(c, e, cb) { setImmediate(() => cb(null, c + '!')); },
    flush(cb) { setImmediate(() => { this.push('flushed'); cb(); }); },
  });
  for (const ev of ['finish', 'end', 'close']) t2.on(ev, () => log('t2 event', ev));
  t2.on('data', (d) => log('t2 data', d));
  t2.write('x');
  t2.end('y', () => log('t2 end cb'));
}, 10);
