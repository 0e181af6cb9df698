// AbortSignal.timeout: aborts with a TimeoutError DOMException.
const s = AbortSignal.timeout(5);
console.log(s.aborted, s instanceof AbortSignal);
s.addEventListener('abort', (e) => {
  console.log('aborted', e.type, s.aborted, s.reason instanceof DOMException, s.reason.name,
              s.reason.message, s.reason.code);
});
setTimeout(() => {
  console.log('later', s.aborted);
  try { s.throwIfAborted(); } catch (err) { console.log('thrown', err === s.reason); }
}, 50);
const z = AbortSignal.timeout(0);
setTimeout(() => console.log('zero delay aborted:', z.aborted), 20);
