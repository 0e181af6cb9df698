// once listeners are removed before they run.
const { getEventListeners } = require('events');
const t = new EventTarget();
t.addEventListener('o', (e) => {
  console.log('once', getEventListeners(t, 'o').length);
  t.dispatchEvent(new Event('o2'));
}, { once: true });
t.addEventListener('o2', () => console.log('o2'));
t.dispatchEvent(new Event('o'));
t.dispatchEvent(new Event('o'));
console.log(getEventListeners(t, 'o').length);
const f = () => console.log('f');
t.addEventListener('x', f, { once: true });
t.addEventListener('x', f);
t.dispatchEvent(new Event('x'));
t.dispatchEvent(new Event('x'));
