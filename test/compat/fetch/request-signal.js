'use strict';
// A Request's signal is its own, following the one given (and a clone's follows the original's).
const ac = new AbortController();
const r = new Request('http://x/', { signal: ac.signal });
const c = r.clone();
const fromRequest = new Request(r);
console.log(r.signal === ac.signal, r.signal.aborted, c.signal === r.signal);
r.signal.addEventListener('abort', () => console.log('request signal aborted', r.signal.reason.message));
ac.abort(new Error('stop'));
console.log(r.signal.aborted, c.signal.aborted, fromRequest.signal.aborted, c.signal.reason.message);
const pre = AbortSignal.abort('already');
console.log(new Request('http://x/', { signal: pre }).signal.reason);
const plain = new Request('http://x/');
console.log(plain.signal.aborted, plain.signal instanceof AbortSignal);
