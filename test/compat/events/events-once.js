// events.once(emitter, name): a promise of the next event's arguments; an 'error' event rejects it unless name is 'error'.
const { once, EventEmitter } = require('events');
async function main() {
  const e = new EventEmitter();
  const p = once(e, 'ready');
  console.log(e.listenerCount('ready'), e.listenerCount('error'));
  e.emit('ready', 1, 'two');
  console.log(JSON.stringify(await p), e.listenerCount('ready'), e.listenerCount('error'));
  const q = once(e, 'ready');
  const err = new Error('failed');
  e.emit('error', err);
  try { await q; } catch (caught) { console.log('rejected', caught === err, e.listenerCount('ready'), e.listenerCount('error')); }
  const r = once(e, 'error');
  console.log(e.listenerCount('error'));
  e.emit('error', err, 'more');
  const args = await r;
  console.log(args.length, args[0] === err, args[1]);
  const s = once(e, 'empty');
  e.emit('empty');
  console.log(JSON.stringify(await s));
  const sym = Symbol('s');
  const t = once(e, sym);
  e.emit(sym, 'symbol');
  console.log((await t)[0]);
  console.log(once(e, 'x') instanceof Promise, e.listenerCount('x'));
  e.removeAllListeners();
}
main().then(() => console.log('done'));
