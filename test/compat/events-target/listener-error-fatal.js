// Without an uncaughtException listener, a listener's error ends the process (exit 1) after the
// current synchronous code and the other listeners (stderr not compared: Node's report points into
// its internals).
const t = new EventTarget();
t.addEventListener('x', () => { throw 'plain string'; });
t.addEventListener('x', () => console.log('second listener runs'));
t.dispatchEvent(new Event('x'));
console.log('sync end');
process.on('exit', (code) => console.log('exit', code));
