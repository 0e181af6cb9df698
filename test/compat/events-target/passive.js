// preventDefault() does nothing inside a passive listener.
const t = new EventTarget();
t.addEventListener('p', (e) => { e.preventDefault(); console.log('passive', e.defaultPrevented); }, { passive: true });
t.addEventListener('p', (e) => { console.log('between', e.defaultPrevented); });
t.addEventListener('p', (e) => { e.preventDefault(); console.log('active', e.defaultPrevented); });
console.log(t.dispatchEvent(new Event('p', { cancelable: true })));
const u = new EventTarget();
u.addEventListener('q', (e) => e.preventDefault(), { passive: true });
const q = new Event('q', { cancelable: true });
console.log(u.dispatchEvent(q), q.defaultPrevented, q.returnValue);
