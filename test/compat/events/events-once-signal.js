// events.once/events.on with an AbortSignal-like signal: an already aborted signal rejects (or throws) at once, a later abort rejects with an AbortError whose cause is the reason.
const { once, on, EventEmitter } = require('events');
function makeSignal() {
  return {
    aborted: false,
    reason: undefined,
    listeners: [],
    addEventListener(type, fn, opts) { this.listeners.push(fn); console.log('signal add', type, opts.once); },
    removeEventListener(type, fn) { this.listeners = this.listeners.filter((l) => l !== fn); console.log('signal remove', type); },
    abort(reason) { this.aborted = true; this.reason = reason; for (const l of this.listeners.splice(0)) l(); },
  };
}
const show = (err) => `${err.name} ${err.code} ${err.message} cause=${err.cause} ${err instanceof Error} ${JSON.stringify(Object.keys(err))}`;
(async () => {
  const e = new EventEmitter();
  try { await once(e, 'x', { signal: { aborted: true, reason: 'early' } }); } catch (err) { console.log('once pre-aborted:', show(err)); }
  console.log(e.listenerCount('x'));
  const s1 = makeSignal();
  const p = once(e, 'x', { signal: s1 });
  console.log(e.listenerCount('x'), e.listenerCount('error'));
  s1.abort('later');
  try { await p; } catch (err) { console.log('once aborted:', show(err)); }
  console.log(e.listenerCount('x'), e.listenerCount('error'), s1.listeners.length);
  const s2 = makeSignal();
  const q = once(e, 'x', { signal: s2 });
  e.emit('x', 'value');
  console.log('once resolved:', JSON.stringify(await q), s2.listeners.length);
  try { on(e, 'x', { signal: { aborted: true, reason: 1 } }); } catch (err) { console.log('on pre-aborted:', show(err)); }
  const s3 = makeSignal();
  const it = on(e, 'x', { signal: s3 });
  const next = it.next();
  s3.abort('stop');
  try { await next; } catch (err) { console.log('on aborted:', show(err)); }
  console.log(JSON.stringify(await it.next()), e.listenerCount('x'), s3.listeners.length);
})();
