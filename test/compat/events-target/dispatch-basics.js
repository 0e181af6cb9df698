// What listeners see while an event is dispatched, and what dispatchEvent returns.
const t = new EventTarget();
const ev = new Event('y', { cancelable: true });
t.addEventListener('y', function (e) {
  console.log(this === t, e === ev, e.target === t, e.currentTarget === t, e.eventPhase,
              e.composedPath().length, e.srcElement === t);
  e.preventDefault();
});
console.log(t.dispatchEvent(ev), ev.defaultPrevented, ev.target === t, ev.currentTarget, ev.eventPhase,
            ev.composedPath(), ev.returnValue);
console.log(t.dispatchEvent(new Event('nobody')));
const u = new Event('u');
t.addEventListener('u', (e) => e.preventDefault());
console.log(t.dispatchEvent(u), u.defaultPrevented);
// The same event can be dispatched again, to another target too.
const other = new EventTarget();
other.addEventListener('y', (e) => console.log('other sees', e.target === other));
console.log(other.dispatchEvent(ev));
// Recursion is an error, reported as uncaught (the outer dispatch goes on).
process.on('uncaughtException', (err) => console.log('uncaught', err.name, err.code, err.message));
const r = new Event('r');
t.addEventListener('r', () => { console.log('in r'); t.dispatchEvent(r); });
t.addEventListener('r', () => console.log('second r'));
t.dispatchEvent(r);
console.log('after');
