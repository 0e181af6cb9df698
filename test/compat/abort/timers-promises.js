// timers/promises with signals: AbortError (code ABORT_ERR) with the signal's reason as cause.
const tp = require('timers/promises');
const util = require('util');
(async () => {
  const ac = new AbortController();
  const p = tp.setTimeout(1000, 'v', { signal: ac.signal });
  ac.abort();
  try { await p; } catch (e) {
    console.log(e.name, e.code, e.message, e.cause instanceof DOMException, e.cause.name, Object.keys(e));
    console.log(e instanceof Error, util.inspect(e).split('\n')[0]);
  }
  try { await tp.setImmediate('v', { signal: AbortSignal.abort('r') }); } catch (e) { console.log(e.name, e.cause); }
  try { await tp.setTimeout(1, 'v', { signal: 1 }); } catch (e) { console.log(e.code, e.message); }
  try { await tp.setTimeout(1, 'v', { signal: {} }); } catch (e) { console.log(e.code, e.message); }
  console.log(await tp.setTimeout(1, 'ok', { signal: new AbortController().signal }));
  console.log(await tp.setImmediate('imm', { signal: new AbortController().signal }));
  console.log(await tp.scheduler.wait(1, { signal: AbortSignal.timeout(1000) }));
  try { await tp.scheduler.wait(1000, { signal: AbortSignal.timeout(5) }); } catch (e) {
    console.log(e.name, e.cause.name, e.cause.message, e.cause.code);
  }
  const ac2 = new AbortController();
  const p2 = tp.setTimeout(5, 'late');
  const p3 = tp.setTimeout(1000, 'x', { signal: ac2.signal });
  setTimeout(() => ac2.abort(new Error('custom')), 1);
  try { await p3; } catch (e) { console.log(e.name, e.cause.message); }
  console.log(await p2);
})();
