// Atomics.notify wakes every waiter for a count of Infinity or any count of 2^31 or more (esbuild's
// and synckit's synchronous calls wait on the main thread for a worker's notify(view, 0, Infinity)).
const wt = require('worker_threads');
if (wt.isMainThread) {
  const w = new wt.Worker(__filename);
  const counts = [undefined, Infinity, 1, 2 ** 40, 2 ** 31, 2 ** 31 - 1];
  let i = 0;
  const next = () => {
    if (i === counts.length) {
      w.terminate();
      return;
    }
    const count = counts[i++];
    const v = new Int32Array(new SharedArrayBuffer(4));
    w.postMessage({ sab: v.buffer, count });
    console.log('count', count, '->', Atomics.wait(v, 0, 0, 20000));
  };
  w.on('message', (woken) => { console.log('woken', woken); next(); });
  console.log(Atomics.notify.name, Atomics.notify.length, Object.getOwnPropertyDescriptor(Atomics, 'notify').enumerable);
  next();
} else {
  wt.parentPort.on('message', ({ sab, count }) => {
    const v = new Int32Array(sab);
    setTimeout(() => {
      Atomics.store(v, 0, 1);
      // The main thread may not be waiting yet: notify until one waiter is woken.
      const poll = () => {
        const woken = Atomics.notify(v, 0, count);
        if (woken > 0) wt.parentPort.postMessage(woken);
        else setTimeout(poll, 5);
      };
      poll();
    }, 50);
  });
}
