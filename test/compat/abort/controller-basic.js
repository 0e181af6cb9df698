// AbortController: one signal, aborted once, with a DOMException AbortError by default.
const ac = new AbortController();
const s = ac.signal;
console.log(s === ac.signal, s instanceof AbortSignal, s instanceof EventTarget, s.aborted, s.reason);
let events = 0;
s.addEventListener('abort', (e) => {
  events++;
  console.log('abort event', e.type, e.isTrusted, e.target === s, s.aborted, e instanceof Event);
});
ac.abort();
console.log(s.aborted, s.reason instanceof DOMException, s.reason.name, s.reason.message, s.reason.code);
const first = s.reason;
ac.abort('again');
console.log(events, s.reason === first);
const ac2 = new AbortController();
ac2.abort(undefined);
console.log(ac2.signal.reason.name);
const ac3 = new AbortController();
ac3.abort(null);
console.log(ac3.signal.reason);
for (const reason of [0, '', 'text', { r: 1 }, new Error('e')]) {
  const c = new AbortController();
  c.abort(reason);
  console.log(c.signal.reason === reason);
}
console.log(Object.getOwnPropertyNames(AbortController.prototype), Object.getOwnPropertyNames(ac));
console.log(Object.prototype.toString.call(ac), Object.prototype.toString.call(s));
