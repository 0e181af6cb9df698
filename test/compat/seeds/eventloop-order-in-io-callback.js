// Seed: 002_ddefd92feccc29fe.txt ("NodeJS – Threads and The Event Loop"), Figure 16 "NodeJS Event Loop
// explanation snippet" and its walk-through (adapted there from zeroabsolute's GitHub): "Start" and "End"
// print first; then the nextTick and the promise; the crypto.pbkdf2 callback prints "File read" and
// schedules a setTimeout, a setImmediate, a nextTick and a promise, printed as "Second next-tick callback
// executed", "Second promise was resolved", "Immediate callback executed", "Timeout callback executed";
// last "Process exited with code 0" from the exit listener. The figure is an image; the code is rebuilt
// from the walk-through.
'use strict';
const crypto = require('crypto');

console.log('Start');
process.on('exit', (code) => {
  console.log(`Process exited with code ${code}`);
});
crypto.pbkdf2('secret', 'salt', 10000, 64, 'sha512', (err) => {
  if (err) throw err;
  setTimeout(() => console.log('Timeout callback executed'), 0);
  setImmediate(() => console.log('Immediate callback executed'));
  process.nextTick(() => console.log('Second next-tick callback executed'));
  Promise.resolve().then(() => console.log('Second promise was resolved'));
  console.log('File read');
});
Promise.resolve().then(() => console.log('First promise was resolved'));
process.nextTick(() => console.log('First next-tick callback executed'));
console.log('End');
