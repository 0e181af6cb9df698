// Seed: 001_6131f5489183c113.txt (dev.to), "2. Asynchronous" example, with the article's output
// "Start / End / Async task done":
//   console.log("Start"); setTimeout(() => { console.log("Async task done"); }, 2000); console.log("End");
'use strict';
console.log("Start");
setTimeout(() => {
  console.log("Async task done");
}, 2000);
console.log("End");
