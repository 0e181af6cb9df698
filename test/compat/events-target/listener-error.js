// A listener's exception is an uncaught exception on the next tick; the other listeners run first.
process.on('uncaughtException', (err, origin) => console.log('uncaught', err.message, origin));
const t = new EventTarget();
t.addEventListener('x', () => { console.log('l1'); throw new Error('boom'); });
t.addEventListener('x', () => console.log('l2'));
console.log('dispatch returns', t.dispatchEvent(new Event('x')));
console.log('sync end');
setTimeout(() => console.log('timer'), 5);
