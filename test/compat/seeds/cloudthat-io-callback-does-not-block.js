// Seed: 000_d9be394088c08e3d.txt (CloudThat, "Asynchronous Programming and Multithreading with Node.js"),
// section "Asynchronous Programming Model": "When a function encounters an I/O operation, it doesn't wait
// for it to finish. Instead, it initiates the operation and provides a callback function to be executed
// when it is completed. This allows the event loop to remain free to process other events while I/O
// operations are ongoing."
'use strict';
const fs = require('fs');

console.log('initiating the read');
fs.readFile(__filename, 'utf8', (err, text) => {
  if (err) throw err;
  console.log('callback: read completed, first line:', text.split('\n')[0]);
  console.log('callback: other events processed meanwhile:', events.join(', '));
});
console.log('readFile returned before the read completed');

const events = [];
process.nextTick(() => events.push('nextTick'));
Promise.resolve().then(() => events.push('promise'));
setImmediate(() => events.push('immediate'));
console.log('end of main script');
