// _construct on Readable and Duplex: reads wait for it, destroy during construct.
const { Readable, Duplex } = require('stream');
const log = (...a) => console.log(...a);
const r = new Readable({
  objectMode: true,
  construct(cb) { log('construct start'); setTimeout(() => { log('construct done'); cb(); }, 2); },
  read() { log('_read'); this.push('v'); this.push(null); },
});
r.on('data', (d) => log('data', d));
r.on('end', () => log('end'));
log('sync: read() ->', r.read());
const r2 = new Readable({ construct(cb) { setTimeout(cb, 2); }, read() {} });
r2.on('close', () => log('r2 close'));
r2.destroy();
log('r2 destroyed during construct', r2.destroyed);
const r3 = new Readable({ construct(cb) { cb(new Error('no')); }, read() {} });
r3.on('error', (e) => log('r3 error', e.message));
const d = new Duplex({
  objectMode: true,
  construct(cb) { log('duplex construct'); process.nextTick(cb); },
  read() {},
  write(c, e, cb) { log('duplex write', c); cb(); },
});
d.write('early');
d.end();
d.on('finish', () => log('duplex finish'));
const r4 = new Readable({ construct(cb) { cb(); cb(); }, read() {} });
r4.on('error', (e) => log('r4', e.code));
