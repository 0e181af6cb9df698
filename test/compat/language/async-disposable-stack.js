'use strict';
// AsyncDisposableStack: async disposers awaited last-first, sync ones wrapped, errors chained.
const log = (...a) => console.log(...a);

async function main() {
  const stack = new AsyncDisposableStack();
  stack.use({ async [Symbol.asyncDispose]() { log('async a'); await null; log('async a done'); } });
  stack.use({ [Symbol.dispose]() { log('sync b'); return 'ignored'; } });
  stack.use(null);
  stack.adopt('v', async (v) => log('adopt', v));
  stack.defer(() => log('defer'));
  const p = stack.disposeAsync();
  log('returned', p instanceof Promise, stack.disposed);
  log('result', await p, await stack.disposeAsync());

  const s2 = new AsyncDisposableStack();
  s2.defer(async () => { throw new Error('one'); });
  s2.defer(() => { throw new Error('two'); });
  s2.use({ [Symbol.dispose]() { throw new Error('three'); } });
  try {
    await s2.disposeAsync();
  } catch (e) {
    log(e.name, e.message, e.error.message, e.suppressed.name, e.suppressed.error.message,
        e.suppressed.suppressed.message);
  }

  // only null resources still take a turn of the microtask queue
  const s3 = new AsyncDisposableStack();
  s3.use(undefined);
  let order = [];
  const done = s3[Symbol.asyncDispose]().then(() => order.push('disposed'));
  Promise.resolve().then(() => order.push('tick1')).then(() => order.push('tick2')).then(() => order.push('tick3'));
  await done;
  await null; await null; await null;
  log(order.includes('disposed'), order.includes('tick1'));

  const tryIt = async (label, fn) => {
    try { log(label, await fn()); } catch (e) { log(label, e.constructor.name, e.message); }
  };
  const fresh = new AsyncDisposableStack();
  await tryIt('call', () => AsyncDisposableStack());
  await tryIt('recv', () => AsyncDisposableStack.prototype.disposeAsync.call({}));
  await tryIt('recv sync', () => AsyncDisposableStack.prototype.disposeAsync.call(new DisposableStack()));
  await tryIt('use recv', () => AsyncDisposableStack.prototype.use.call(new DisposableStack(), null));
  await tryIt('use 1', () => fresh.use(1));
  await tryIt('use {}', () => fresh.use({}));
  await tryIt('use bad sync', () => fresh.use({ [Symbol.dispose]: 1 }));
  await tryIt('use bad async', () => fresh.use({ [Symbol.asyncDispose]: 1, [Symbol.dispose]() {} }));
  await tryIt('defer', () => fresh.defer(5));
  await tryIt('adopt', () => fresh.adopt(1, null));
  const moved = fresh.move();
  log(fresh.disposed, moved.disposed, moved.constructor.name);
  for (const m of ['use', 'adopt', 'defer', 'move']) await tryIt(`disposed ${m}`, () => fresh[m](() => {}));
  log(Object.getOwnPropertyNames(AsyncDisposableStack.prototype));
  log(AsyncDisposableStack.prototype[Symbol.asyncDispose] === AsyncDisposableStack.prototype.disposeAsync);
  log(moved, Object.prototype.toString.call(moved));
}
main();
