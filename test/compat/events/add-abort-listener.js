// events.addAbortListener(signal, listener): listens for 'abort' once on a not yet aborted signal, calls the listener soon on an aborted one, validates both.
const { addAbortListener } = require('events');
const calls = [];
const signal = {
  aborted: false,
  addEventListener(type, fn, opts) { calls.push(type); this.fn = fn; console.log('add', type, opts.once, Object.getPrototypeOf(opts), Object.getOwnPropertySymbols(opts).length); },
  removeEventListener(type, fn) { console.log('remove', type, fn === this.fn); },
};
const listener = () => console.log('abort listener ran');
const disposable = addAbortListener(signal, listener);
console.log(typeof disposable, Object.getPrototypeOf(disposable), Object.keys(disposable).length);
signal.fn();
const aborted = { aborted: true };
addAbortListener(aborted, function () { console.log('aborted listener ran', arguments.length, this === undefined); });
console.log('sync end');
for (const [s, l] of [[undefined, listener], [null, listener], [{}, listener], [1, listener], [signal, undefined], [signal, 'x']]) {
  try { addAbortListener(s, l); } catch (err) { console.log(err.code, err.message); }
}
