// Seed: 002_ddefd92feccc29fe.txt ("NodeJS – Threads and The Event Loop"), Figure 3 "Asynchronous task code
// snippet": "take a look at the task function. Now it returns a setTimeout, which will defer the execution
// of the console.log statement by at least 100ms" ... "The function task that now returns the setTimeout
// runs after the "End process" log statement."
'use strict';
const start = Date.now();
function task(id) {
  return setTimeout(() => {
    console.log(`Task ${id} finished`, 'after at least 100 ms:', Date.now() - start >= 99);
  }, 100);
}
console.log('Start process');
task(1);
task(2);
console.log('End process');
