// A listener's rejected promise is an uncaught exception too (not an unhandled rejection).
process.on('uncaughtException', (err, origin) => console.log('uncaught', err.message, origin));
process.on('unhandledRejection', () => console.log('unhandledRejection?'));
const t = new EventTarget();
t.addEventListener('x', async () => { throw new Error('async boom'); });
t.addEventListener('x', () => console.log('l2'));
t.addEventListener('x', () => ({ then(ok, fail) { fail(new Error('thenable boom')); } }));
t.dispatchEvent(new Event('x'));
console.log('sync end');
setTimeout(() => console.log('timer'), 5);
