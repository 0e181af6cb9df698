// Listeners removed by an earlier listener are skipped; removing oneself is harmless.
const t = new EventTarget();
const l2 = () => console.log('r2');
const self = () => { console.log('self'); t.removeEventListener('r', self); };
t.addEventListener('r', () => { console.log('r1'); t.removeEventListener('r', l2); });
t.addEventListener('r', l2);
t.addEventListener('r', self);
t.addEventListener('r', () => console.log('r4'));
t.dispatchEvent(new Event('r'));
console.log('--');
t.dispatchEvent(new Event('r'));
console.log('-- remove all');
const u = new EventTarget();
const fns = [1, 2, 3].map((i) => () => { console.log('u', i); for (const f of fns) u.removeEventListener('x', f); });
for (const f of fns) u.addEventListener('x', f);
u.dispatchEvent(new Event('x'));
u.dispatchEvent(new Event('x'));
console.log('done');
