// events.addAbortListener: runs despite stopImmediatePropagation; disposable; soon when already aborted.
const { addAbortListener, getEventListeners } = require('events');
const ac = new AbortController();
ac.signal.addEventListener('abort', (e) => { console.log('first, stops'); e.stopImmediatePropagation(); });
const d = addAbortListener(ac.signal, (e) => console.log('abort listener', e.type, ac.signal.aborted));
ac.signal.addEventListener('abort', () => console.log('stopped one'));
console.log(typeof d[Symbol.dispose], getEventListeners(ac.signal, 'abort').length);
ac.abort();
const ac2 = new AbortController();
const d2 = addAbortListener(ac2.signal, () => console.log('disposed: never'));
d2[Symbol.dispose]();
console.log(getEventListeners(ac2.signal, 'abort').length);
ac2.abort();
addAbortListener(AbortSignal.abort(), (...args) => console.log('already aborted, soon', args.length));
console.log('sync end');
for (const [args, label] of [[[undefined, () => {}], 'no signal'], [[{}, () => {}], 'object'],
                             [[new AbortController().signal, 1], 'bad listener']]) {
  try { addAbortListener(...args); } catch (e) { console.log(label, e.code, e.message); }
}
