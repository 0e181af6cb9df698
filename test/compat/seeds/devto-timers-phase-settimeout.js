// Seed: 001_6131f5489183c113.txt (dev.to), "1. Timers: Executes callbacks scheduled by setTimeout() and
// setInterval(). If a timer's time has expired, its callback runs here." Example:
//   setTimeout(() => { console.log("Timer triggered after 2 seconds"); }, 2000);
// Deterministic version: prints the message and the fact that at least the delay has elapsed.
'use strict';
const start = Date.now();
setTimeout(() => {
  console.log("Timer triggered after 2 seconds");
  console.log('at least 2000 ms elapsed:', Date.now() - start >= 1999);
}, 2000);
const interval = setInterval(() => {
  console.log('setInterval callback runs in the timers phase too');
  clearInterval(interval);
}, 10);
