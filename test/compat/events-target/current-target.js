// Node clears the dispatch flag after the first listener returns: later listeners of the same
// dispatch see no currentTarget and phase NONE (the target stays).
const t = new EventTarget();
for (let i = 1; i <= 3; i++) {
  t.addEventListener('a', (e) => console.log(i, e.currentTarget === t, e.eventPhase, e.target === t, e.composedPath().length));
}
t.dispatchEvent(new Event('a'));
// Node-style listeners of a NodeEventTarget are not told apart here: only plain EventTargets.
const ac = new AbortController();
ac.signal.addEventListener('abort', (e) => console.log('abort 1', e.currentTarget === ac.signal));
ac.signal.addEventListener('abort', (e) => console.log('abort 2', e.currentTarget));
ac.abort();
