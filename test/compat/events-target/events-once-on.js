// events.once and events.on with EventTargets.
const { once, on, getEventListeners } = require('events');
(async () => {
  const t = new EventTarget();
  setTimeout(() => t.dispatchEvent(new Event('go')), 1);
  const [ev] = await once(t, 'go');
  console.log('once', ev.type, ev instanceof Event, getEventListeners(t, 'go').length);
  const ac = new AbortController();
  const p = once(t, 'never', { signal: ac.signal });
  console.log(getEventListeners(t, 'never').length, getEventListeners(ac.signal, 'abort').length);
  ac.abort('why');
  try { await p; } catch (e) {
    console.log(e.name, e.code, e.message, e.cause, getEventListeners(t, 'never').length,
                getEventListeners(ac.signal, 'abort').length);
  }
  try { await once(t, 'x', { signal: AbortSignal.abort('early') }); } catch (e) { console.log('early', e.name, e.cause); }
  const ac3 = new AbortController();
  const it = on(t, 'tick', { signal: ac3.signal });
  setTimeout(() => {
    t.dispatchEvent(new Event('tick'));
    t.dispatchEvent(new CustomEvent('tick', { detail: 2 }));
    ac3.abort();
  }, 1);
  try {
    for await (const [e] of it) console.log('on', e.type, e.detail);
  } catch (e) {
    console.log('on end', e.name, e.code, e.cause.name);
  }
  console.log(getEventListeners(t, 'tick').length);
})();
