// enterWith: the store holds for the rest of the current execution and what it schedules, but not
// for callbacks already scheduled, nor beyond the timer, immediate or tick that called it.
const { AsyncLocalStorage } = require('node:async_hooks');
const als = new AsyncLocalStorage();

setTimeout(() => {
  console.log('timer 1 starts with', als.getStore());
  als.enterWith('timer 1');
  setTimeout(() => console.log('scheduled by timer 1:', als.getStore()), 5);
}, 1);
setTimeout(() => console.log('timer 2 (same expiry):', als.getStore()), 1);

setImmediate(() => {
  als.enterWith('immediate 1');
  process.nextTick(() => console.log('tick of immediate 1:', als.getStore()));
});
setImmediate(() => console.log('immediate 2:', als.getStore()));

process.nextTick(() => als.enterWith('tick 1'));
process.nextTick(() => console.log('tick 2:', als.getStore()));

Promise.resolve().then(() => {
  als.enterWith('promise job');
  return null;
}).then(() => console.log('next job of the chain:', als.getStore()));

als.enterWith('main');
console.log('main:', als.getStore());
setTimeout(() => console.log('scheduled by main:', als.getStore()), 100);
new Promise((resolve) => setTimeout(resolve, 120)).then(() => console.log('promise made in main:', als.getStore()));

(async () => {
  await null;
  console.log('async function of main:', als.getStore());
  als.enterWith('async fn');
  await new Promise((r) => setTimeout(r, 150));
  console.log('after await in async fn:', als.getStore());
})();
