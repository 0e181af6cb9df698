// Transform: _transform output, push of several chunks, _flush, callback(err), backpressure through.
const { Transform, PassThrough } = require('stream');
const log = (...a) => console.log(...a);
const t = new Transform({
  objectMode: true,
  transform(chunk, enc, cb) { this.push(chunk); this.push(chunk + '!'); cb(); },
  flush(cb) { log('flush'); cb(null, 'tail'); },
});
for (const ev of ['prefinish', 'finish', 'end', 'close']) t.on(ev, () => log('event', ev));
t.on('data', (d) => log('data', d));
t.write('a');
t.end('b');
setTimeout(() => {
  const t2 = new Transform({ transform(c, e, cb) { cb(new Error('bad chunk')); } });
  t2.on('error', (e) => log('t2 error', e.message));
  t2.on('close', () => log('t2 close'));
  t2.write('x');
  const t3 = new Transform({ objectMode: true, transform(c, e, cb) { cb(null, c); }, flush(cb) { cb(new Error('flush failed')); } });
  t3.on('error', (e) => log('t3 error', e.message));
  t3.resume();
  t3.end('y');
  const t4 = new Transform();
  t4.on('error', (e) => log('t4', e.code, e.message));
  try { t4.write('z'); } catch (e) { log('t4 thrown', e.code, e.message); }
}, 5);
setTimeout(() => {
  // The writable side waits while the readable side is full.
  const t5 = new Transform({ objectMode: true, highWaterMark: 1, transform(c, e, cb) { cb(null, c); } });
  for (let i = 0; i < 4; i++) log('t5 write', i, t5.write(i));
  log('t5 lengths', t5.readableLength, t5.writableLength);
  setTimeout(() => {
    log('t5 read', t5.read(), t5.read());
    setTimeout(() => log('t5 after reads', t5.readableLength, t5.writableLength), 2);
  }, 2);
  const p = new PassThrough({ objectMode: true });
  p.on('data', (d) => log('pass', d));
  p.end('through');
}, 20);
