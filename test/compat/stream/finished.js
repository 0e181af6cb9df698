// stream.finished / finished from stream/promises: end, finish, errors, premature close, cleanup.
const { finished, Readable, Writable, Duplex } = require('stream');
const { finished: finishedP } = require('stream/promises');
const log = (...a) => console.log(...a);
const r = Readable.from([1, 2]);
finished(r, (err) => log('readable finished', err, 'endEmitted', r.readableEnded));
r.resume();
const w = new Writable({ write(c, e, cb) { cb(); } });
finished(w, (err) => log('writable finished', err));
w.end('x');
const r2 = new Readable({ read() {} });
finished(r2, (err) => log('r2', err.code, err.message));
r2.destroy();
const r3 = new Readable({ read() {} });
finished(r3, (err) => log('r3', err.message));
r3.destroy(new Error('r3 failed'));
const r4 = Readable.from(['a']);
const cleanup = finished(r4, () => log('never called'));
log('cleanup is function', typeof cleanup);
cleanup();
r4.resume();
const d = new Duplex({ read() {}, write(c, e, cb) { cb(); } });
finished(d, { readable: false }, (err) => log('duplex writable side done', err));
d.end();
const r5 = Readable.from([]);
r5.resume();
r5.on('close', () => {
  finished(r5, (err) => log('already closed', err));
});
finishedP(Readable.from(['z']).resume()).then((v) => log('promise resolved', v));
const r6 = new Readable({ read() {} });
finishedP(r6).catch((e) => log('promise rejected', e.message));
r6.destroy(new Error('r6'));
for (const args of [[null, () => {}], [{}, () => {}], [r, 'x'], [r, 1, () => {}], [r, { signal: 1 }, () => {}]]) {
  try { finished(...args); } catch (e) { log(e.name, e.code, e.message); }
}
const r7 = new Readable({ read() {} });
finished(r7, { error: false }, (err) => log('r7 with error:false', err && err.code));
r7.on('error', () => log('r7 error event'));
r7.destroy(new Error('ignored'));
