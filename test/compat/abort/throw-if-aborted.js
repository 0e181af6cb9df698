// throwIfAborted throws the reason itself, whatever it is.
const s = new AbortController().signal;
console.log(s.throwIfAborted());
for (const reason of [undefined, 'str', 0, new Error('e'), { x: 1 }]) {
  const ac = new AbortController();
  ac.abort(reason);
  try {
    ac.signal.throwIfAborted();
  } catch (err) {
    console.log(typeof err, err === ac.signal.reason, err instanceof DOMException ? err.name : err instanceof Error ? err.message : err);
  }
}
try { AbortSignal.abort().throwIfAborted(); } catch (err) { console.log(err.name, err.message, err.code); }
