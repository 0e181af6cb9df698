// Symbol.asyncDispose on Readable and Writable, and captureRejections.
const { Readable, Writable } = require('stream');
const EventEmitter = require('events');
const log = (...a) => console.log(...a);
async function main() {
  const dispose = Symbol.asyncDispose || Symbol.for('nodejs.asyncDispose');
  log(typeof Readable.prototype[Symbol.asyncDispose], typeof Writable.prototype[Symbol.asyncDispose]);
  const r = new Readable({ read() {} });
  r.on('error', (e) => log('error', e.name, e.code));
  await r[Symbol.asyncDispose]();
  log('disposed: destroyed', r.destroyed);
  const done = Readable.from(['x']);
  await done.toArray();
  await done[Symbol.asyncDispose]();
  log('ended stream disposes quietly', done.destroyed);
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.on('error', (e) => log('w error', e.name));
  await w[Symbol.asyncDispose]();
  log('writable disposed', w.destroyed);
  void dispose;
  const c = new Readable({ read() {}, captureRejections: true });
  c.on('error', (e) => log('captured rejection', e.message));
  c.on('custom', async () => { throw new Error('async listener failed'); });
  c.emit('custom');
  await new Promise((res) => setTimeout(res, 5));
  log('destroyed by rejection', c.destroyed);
  log(typeof Readable.prototype[EventEmitter.captureRejectionSymbol]);
}
main();
