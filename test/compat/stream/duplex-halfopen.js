// Duplex: independent sides, allowHalfOpen: false ends the writable side after 'end', one-sided duplexes.
const { Duplex, Writable, Readable } = require('stream');
const log = (...a) => console.log(...a);
const d = new Duplex({
  objectMode: true,
  allowHalfOpen: false,
  read() {},
  write(c, e, cb) { log('write', c); cb(); },
  final(cb) { log('final'); cb(); },
});
for (const ev of ['end', 'finish', 'prefinish', 'close']) d.on(ev, () => log('event', ev));
d.on('data', (x) => log('data', x));
d.write('w1');
d.push('r1');
d.push(null);
const d2 = new Duplex({ objectMode: true, read() {}, write(c, e, cb) { cb(); } });
for (const ev of ['end', 'finish', 'close']) d2.on(ev, () => log('d2 event', ev));
d2.resume();
d2.push(null);
setTimeout(() => { log('d2 half open: writable', d2.writable, 'destroyed', d2.destroyed); d2.end(); }, 5);
const d3 = new Duplex({ readable: false, write(c, e, cb) { cb(); } });
log('d3', d3.readable, d3.writable, d3.readableEnded, d3.allowHalfOpen);
const d4 = new Duplex({ writable: false, read() {} });
log('d4', d4.readable, d4.writable, d4.writableFinished, d4.writableEnded);
log(d instanceof Readable, d instanceof Writable, d instanceof Duplex);
log(Duplex.prototype.destroy === Writable.prototype.destroy, Duplex.prototype.pipe === Readable.prototype.pipe);
const d5 = Duplex();
log('no new', d5 instanceof Duplex, d5.allowHalfOpen);
d3.destroy();
log('d3 destroyed', d3.destroyed, d3._readableState.destroyed, d3._writableState.destroyed);
