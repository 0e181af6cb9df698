// timers/promises setInterval ends with an AbortError when its signal aborts.
const tp = require('timers/promises');
(async () => {
  const ac = new AbortController();
  let n = 0;
  try {
    for await (const v of tp.setInterval(1, 'i', { signal: ac.signal })) {
      console.log(v, ++n);
      if (n === 3) ac.abort(new Error('stop'));
    }
  } catch (e) {
    console.log(e.name, e.code, e.cause.message);
  }
  try {
    for await (const v of tp.setInterval(1, 'never', { signal: AbortSignal.abort() })) console.log(v);
  } catch (e) {
    console.log('pre-aborted', e.name, e.cause.name);
  }
  const it = tp.setInterval(1, 'once');
  console.log((await it.next()).value);
  await it.return();
  console.log('done');
})();
