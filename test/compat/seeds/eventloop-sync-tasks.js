// Seed: 002_ddefd92feccc29fe.txt ("NodeJS – Threads and The Event Loop"), Figure 1 "Synchronous task code
// snippet": "This piece of code runs two tasks and prints the start of the process, finish of each task,
// and the end of the process to the console." (The figure is an image; the code is rebuilt from that
// description.)
'use strict';
function task(id) {
  console.log(`Task ${id} finished`);
}
console.log('Start process');
task(1);
task(2);
console.log('End process');
