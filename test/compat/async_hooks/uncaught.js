// An exception thrown from a callback inside als.run(): the 'uncaughtException' listener, and what
// runs afterwards, see the right stores and ids.
const { AsyncLocalStorage, executionAsyncId, triggerAsyncId } = require('node:async_hooks');
const als = new AsyncLocalStorage();

process.on('uncaughtException', (err) => {
  console.log('uncaught', err.message, 'store in listener:', als.getStore());
});

als.run('first', () => setTimeout(() => {
  als.enterWith('entered before throwing');
  throw new Error('from a timer');
}, 1));
als.run('second', () => setTimeout(() => {
  console.log('next timer', als.getStore(), executionAsyncId() > 1, triggerAsyncId());
  als.run('tick', () => process.nextTick(() => { throw new Error('from a tick'); }));
  process.nextTick(() => console.log('tick after the throwing one', als.getStore()));
  setImmediate(() => {
    console.log('immediate', als.getStore());
    Promise.reject(new Error('rejected'));
    setTimeout(() => {
      als.run('microtask', () => queueMicrotask(() => { throw new Error('from a microtask'); }));
      als.run('fs', () => require('node:fs').stat(__filename, () => {
        als.enterWith('entered in fs callback');
        throw new Error('from an fs callback');
      }));
    }, 5);
  });
}, 5));
process.on('unhandledRejection', (reason) => console.log('unhandledRejection', reason.message, als.getStore()));
