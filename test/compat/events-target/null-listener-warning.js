// compat: stderr
// addEventListener with null or undefined warns and adds nothing.
const { getEventListeners } = require('events');
process.on('warning', (w) => console.log('warning:', w.name, w.message, w.type, w.target === t));
const t = new EventTarget();
t.addEventListener('n', null);
t.addEventListener('u', undefined);
console.log(getEventListeners(t, 'n').length, getEventListeners(t, 'u').length);
console.log('sync end');
