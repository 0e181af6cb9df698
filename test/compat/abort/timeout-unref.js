// A pending AbortSignal.timeout does not keep the process alive, even with listeners.
const s = AbortSignal.timeout(100000);
s.addEventListener('abort', () => console.log('never'));
s.onabort = () => console.log('never either');
process.on('exit', (code) => console.log('exit', code, s.aborted));
console.log('main done');
