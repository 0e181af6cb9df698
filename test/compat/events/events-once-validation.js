// events.once rejects (never throws) on invalid arguments: non-object options, non-signal signal, non-emitter.
const { once, EventEmitter } = require('events');
const e = new EventEmitter();
const attempts = [
  ['options 5', () => once(e, 'x', 5)],
  ['options null', () => once(e, 'x', null)],
  ['options array', () => once(e, 'x', [])],
  ['signal 1', () => once(e, 'x', { signal: 1 })],
  ['signal null', () => once(e, 'x', { signal: null })],
  ['signal {}', () => once(e, 'x', { signal: {} })],
  ['emitter {}', () => once({}, 'x')],
];
(async () => {
  for (const [label, run] of attempts) {
    const p = run();
    console.log(label, p instanceof Promise);
    try { await p; } catch (err) { console.log(' ', err.code, err.message); }
  }
  console.log(e.listenerCount('x'), e.listenerCount('error'));
})();
