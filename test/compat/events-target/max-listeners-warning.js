// compat: stderr
// The MaxListenersExceededWarning of EventTargets and AbortSignals (once per target).
const { setMaxListeners, getMaxListeners } = require('events');
process.on('warning', (w) => console.log('warning:', w.name, w.count, w.type, w.target === t || w.target === ac.signal));
const t = new EventTarget();
console.log(getMaxListeners(t));
setMaxListeners(2, t);
console.log(getMaxListeners(t));
for (let i = 0; i < 5; i++) t.addEventListener('a', () => {});
const ac = new AbortController();
setMaxListeners(1, ac.signal);
ac.signal.addEventListener('abort', () => {});
ac.signal.addEventListener('abort', () => {});
const z = new EventTarget();
setMaxListeners(0, z);
for (let i = 0; i < 20; i++) z.addEventListener('z', () => {});
console.log('no warning for 0');
