// A rejection reported as unhandled and handled later: 'rejectionHandled' with the same promise,
// after the late handler ran. Rejections handled before the queues drain are never reported.
const seen = [];
process.on('unhandledRejection', (reason, promise) => {
  console.log('unhandledRejection', reason.message, promise === late);
});
process.on('rejectionHandled', (promise) => console.log('rejectionHandled', promise === late));

const late = Promise.reject(new Error('late'));
const quick = Promise.reject(new Error('quick'));
quick.catch(() => console.log('quick caught'));
Promise.resolve().then(() => {
  const inTick = Promise.reject(new Error('in a microtask'));
  Promise.resolve().then(() => inTick.catch(() => console.log('microtask caught')));
});
process.nextTick(() => {
  const viaTick = Promise.reject(new Error('nextTick'));
  process.nextTick(() => viaTick.catch(() => console.log('nextTick caught')));
});
setTimeout(() => {
  late.catch(() => console.log('late caught'));
  console.log('handler attached');
  // Handling twice does not report twice.
  late.catch(() => {});
  setTimeout(() => console.log('done', seen.length), 10);
}, 10);
