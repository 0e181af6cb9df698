// stopImmediatePropagation stops later listeners (passive ones too); stopPropagation does not.
const t = new EventTarget();
t.addEventListener('s', (e) => { console.log('s1'); e.stopImmediatePropagation(); });
t.addEventListener('s', () => console.log('s2'));
t.addEventListener('s', () => console.log('s3 passive'), { passive: true });
const ev = new Event('s');
t.dispatchEvent(ev);
console.log(ev.cancelBubble);
t.dispatchEvent(new Event('s'));
const u = new EventTarget();
u.addEventListener('p', (e) => { console.log('p1'); e.stopPropagation(); });
u.addEventListener('p', () => console.log('p2'));
u.dispatchEvent(new Event('p'));
// events.once's listener still runs after stopImmediatePropagation.
const { once } = require('events');
const w = new EventTarget();
w.addEventListener('o', (e) => e.stopImmediatePropagation());
once(w, 'o').then(([e]) => console.log('once saw', e.type));
w.dispatchEvent(new Event('o'));
