// Node's order: synchronous code, then all nextTick callbacks, then all promise jobs, repeated until
// both are empty; queueMicrotask callbacks are promise jobs.
console.log('sync start');
process.nextTick(() => console.log('tick 1'));
Promise.resolve().then(() => {
  console.log('promise 1');
  process.nextTick(() => console.log('tick from promise'));
  Promise.resolve().then(() => console.log('promise from promise'));
});
process.nextTick(() => {
  console.log('tick 2');
  process.nextTick(() => console.log('tick from tick'));
  Promise.resolve().then(() => console.log('promise from tick'));
});
queueMicrotask(() => console.log('microtask'));
process.nextTick((a, b) => console.log('tick args', a, b), 'x', 42);
console.log('sync end');
