// Seed: 001_6131f5489183c113.txt (dev.to), "1 .Single-Threaded in Node.js" example ("Even though
// setTimeout is async, the JS code is executed on a single thread"):
//   console.log("Start"); setTimeout(() => { console.log("Async"); }, 1000); console.log("End");
'use strict';
console.log("Start");
setTimeout(() => {
  console.log("Async");
}, 1000);
console.log("End");
