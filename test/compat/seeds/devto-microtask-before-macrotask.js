// Seed: 001_6131f5489183c113.txt (dev.to), "Event Loop and Event Queue": "1. Microtask Queue Includes:
// Promise.then(), async/await (under the hood), process.nextTick() Priority: Higher. Executed right after
// the current code finishes, but before any macrotasks." / "2. Macrotask Queue Includes: setTimeout(),
// setInterval(), I/O operations Priority: Lower. Executed after microtasks are done".
'use strict';
const fs = require('fs');

console.log('sync start');
setTimeout(() => console.log('macrotask: setTimeout'), 0);
const iv = setInterval(() => { console.log('macrotask: setInterval'); clearInterval(iv); }, 0);
fs.readFile(__filename, () => {
  console.log('macrotask: I/O callback');
  Promise.resolve().then(() => console.log('microtask after I/O callback: promise'));
  process.nextTick(() => console.log('microtask after I/O callback: nextTick'));
});
Promise.resolve().then(() => console.log('microtask: Promise.then'));
(async () => {
  await null;
  console.log('microtask: after await');
})();
process.nextTick(() => console.log('microtask: process.nextTick (runs before promises)'));
console.log('sync end');
