// A listener added during dispatch runs in that dispatch unless the adding listener was the last.
const t = new EventTarget();
t.addEventListener('a', () => console.log('1'));
t.addEventListener('a', () => { console.log('2'); t.addEventListener('a', () => console.log('added by 2')); });
t.addEventListener('a', () => { console.log('3'); t.addEventListener('a', () => console.log('added by 3')); });
t.dispatchEvent(new Event('a'));
console.log('--');
t.dispatchEvent(new Event('a'));
console.log('-- last one adds');
const u = new EventTarget();
u.addEventListener('b', () => { console.log('only'); u.addEventListener('b', () => console.log('late')); });
u.dispatchEvent(new Event('b'));
console.log('--');
u.dispatchEvent(new Event('b'));
