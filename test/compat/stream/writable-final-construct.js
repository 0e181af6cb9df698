// _construct delays writes; _final runs before 'prefinish'/'finish'; ordering against ticks.
const { Writable } = require('stream');
const log = (...a) => console.log(...a);
function ticks(label, n) {
  let i = 0;
  const f = () => { log(label, i); if (++i < n) process.nextTick(f); };
  process.nextTick(f);
}
const w = new Writable({
  objectMode: true,
  construct(cb) { log('construct'); setTimeout(() => { log('constructed'); cb(); }, 2); },
  write(chunk, enc, cb) { log('write', chunk); cb(); },
  final(cb) { log('final'); ticks('f', 3); cb(); },
});
for (const ev of ['prefinish', 'finish', 'close']) w.on(ev, () => log('event', ev));
w.write('early');
w.end('last', () => log('end cb'));
log('sync: writableEnded', w.writableEnded, 'writableFinished', w.writableFinished);
setTimeout(() => {
  const w2 = new Writable({
    write(c, e, cb) { cb(); },
    final(cb) { setTimeout(() => cb(new Error('final failed')), 1); },
  });
  w2.on('error', (e) => log('w2 error', e.message));
  w2.on('finish', () => log('w2 never finishes'));
  w2.on('close', () => log('w2 close'));
  w2.end((err) => log('w2 end cb', err && err.message));
  const w3 = new Writable({ construct(cb) { cb(new Error('construct failed')); } });
  w3.on('error', (e) => log('w3 error', e.message));
  w3.on('close', () => log('w3 close'));
  const w4 = new Writable({ final(cb) { cb(); cb(); }, write(c, e, cb) { cb(); } });
  w4.on('error', (e) => log('w4 error', e.code));
  w4.end();
}, 20);
