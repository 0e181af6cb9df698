// events.getEventListeners/getMaxListeners/setMaxListeners with EventTargets.
const { getEventListeners, getMaxListeners, setMaxListeners, EventEmitter } = require('events');
const t = new EventTarget();
const f1 = () => {};
const o = { handleEvent() {} };
t.addEventListener('a', f1);
t.addEventListener('a', o);
t.addEventListener('a', f1, true);
const got = getEventListeners(t, 'a');
console.log(got.length, got[0] === f1, got[1] === o, got[2] === f1, getEventListeners(t, 'b'));
const ac = new AbortController();
ac.signal.onabort = () => {};
console.log(getEventListeners(ac.signal, 'abort').length);
console.log(getMaxListeners(t), getMaxListeners(ac.signal));
setMaxListeners(3, t, ac.signal, new EventEmitter());
console.log(getMaxListeners(t), getMaxListeners(ac.signal));
const tries = {
  listenersObj: () => getEventListeners({}, 'x'),
  maxObj: () => getMaxListeners({}),
  setObj: () => setMaxListeners(1, {}),
  setNeg: () => setMaxListeners(-1, t),
  setStr: () => setMaxListeners('1', t),
};
for (const [name, fn] of Object.entries(tries)) {
  try { console.log(name, fn()); } catch (err) { console.log(name, err.code, err.message); }
}
