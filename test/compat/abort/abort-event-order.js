// The abort steps: reason set first, then listeners in order (onabort in its place), then
// dependent signals made by AbortSignal.any.
const ac = new AbortController();
const s = ac.signal;
const any = AbortSignal.any([s]);
const any2 = AbortSignal.any([any]);
s.addEventListener('abort', () => console.log('first', s.aborted, any.aborted, any2.aborted, s.reason));
s.onabort = (e) => console.log('onabort', e.type);
s.addEventListener('abort', () => console.log('third'));
any.addEventListener('abort', () => console.log('any', any.reason));
any2.onabort = () => console.log('any2', any2.reason);
process.nextTick(() => console.log('tick'));
ac.abort('R');
console.log('after abort');
