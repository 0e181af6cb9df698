// Seed: 001_6131f5489183c113.txt (dev.to), "1 .Single-Threaded in Node.js" example ("Even though
// setTimeout is async, the JS code is executed on a single thread"):
//   console.log("Start"); setTimeout(() => { console.log("Async"); }, 1000); console.log("End");
// Added: the callback runs on the same (main) thread as the script.
'use strict';
const { isMainThread, threadId } = require('worker_threads');
console.log("Start");
setTimeout(() => {
  console.log("Async");
  console.log('callback on the main thread:', isMainThread, threadId);
}, 1000);
console.log("End");
