// EventEmitter helpers with signals: events.on ends, events.once rejects, on abort.
const { EventEmitter, once, on } = require('events');
(async () => {
  const ee = new EventEmitter();
  const ac = new AbortController();
  const p = once(ee, 'x', { signal: ac.signal });
  console.log(ee.listenerCount('x'), ee.listenerCount('error'));
  ac.abort();
  try { await p; } catch (e) { console.log(e.name, e.code, e.cause.name, ee.listenerCount('x'), ee.listenerCount('error')); }
  const ac2 = new AbortController();
  const it = on(ee, 'y', { signal: ac2.signal });
  process.nextTick(() => { ee.emit('y', 1); ee.emit('y', 2); ac2.abort('enough'); });
  try { for await (const [v] of it) console.log('y', v); } catch (e) { console.log(e.name, e.cause); }
  console.log(ee.listenerCount('y'));
  try { on(ee, 'z', { signal: AbortSignal.abort() }); } catch (e) { console.log('sync', e.name); }
})();
