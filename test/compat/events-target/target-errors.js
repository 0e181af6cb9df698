// Bad arguments and receivers of EventTarget's methods.
const t = new EventTarget();
const tries = {
  add0: () => t.addEventListener(),
  add1: () => t.addEventListener('x'),
  addBadListener: () => t.addEventListener('x', 1),
  addStrListener: () => t.addEventListener('x', 'str'),
  addBadOpts: () => t.addEventListener('x', () => {}, 1),
  addStrOpts: () => t.addEventListener('x', () => {}, 'a'),
  addBadSignal: () => t.addEventListener('x', () => {}, { signal: 1 }),
  addObjSignal: () => t.addEventListener('x', () => {}, { signal: {} }),
  addSym: () => t.addEventListener(Symbol('s'), () => {}),
  rm0: () => t.removeEventListener(),
  rm1: () => t.removeEventListener('x'),
  rmBad: () => t.removeEventListener('x', 1),
  rmBadOpts: () => t.removeEventListener('x', () => {}, 1),
  rmNull: () => t.removeEventListener('x', null),
  disp0: () => t.dispatchEvent(),
  dispObj: () => t.dispatchEvent({ type: 'x' }),
  dispStr: () => t.dispatchEvent('x'),
  thisAdd: () => EventTarget.prototype.addEventListener.call({}, 'x', () => {}),
  thisRm: () => EventTarget.prototype.removeEventListener.call({}, 'x', () => {}),
  thisDisp: () => EventTarget.prototype.dispatchEvent.call({}, new Event('x')),
  thisNull: () => EventTarget.prototype.dispatchEvent.call(null, new Event('x')),
};
for (const [name, fn] of Object.entries(tries)) {
  try {
    console.log(name, 'ok', fn());
  } catch (err) {
    console.log(name, err.name, err.code, err.message);
  }
}
