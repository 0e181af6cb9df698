// 'unhandledRejection' listeners receive the reason and the promise; without one, exit status 1.
process.on('unhandledRejection', (reason, promise) => {
  console.log('unhandled', reason instanceof Error ? reason.message : reason, promise instanceof Promise);
});
Promise.reject(new Error('first'));
Promise.reject(42);
const handled = Promise.reject(new Error('handled in time'));
handled.catch(() => console.log('caught in time'));
