// addAbortSignal argument validation (the abort itself needs AbortController).
const { addAbortSignal, Readable } = require('stream');
const log = (...a) => console.log(...a);
for (const args of [[1, new Readable()], [{}, new Readable()], [undefined, new Readable()]]) {
  try { addAbortSignal(...args); } catch (e) { log(e.name, e.code, e.message); }
}
const fakeSignal = { aborted: false, addEventListener() {}, removeEventListener() {} };
try { addAbortSignal(fakeSignal, {}); } catch (e) { log(e.name, e.code, e.message); }
const r = new Readable({ read() {} });
log(addAbortSignal(fakeSignal, r) === r);
const aborted = { aborted: true, reason: 'why', addEventListener() {}, removeEventListener() {} };
const r2 = new Readable({ read() {} });
addAbortSignal(aborted, r2);
r2.on('error', (e) => log('error', e.name, e.code, e.message, e.cause));
log('destroyed at once', r2.destroyed);
