// Seed: 004_e4631043d889c970.txt ("Advanced Node.Js ..."): "I/O tasks ... are classified as blocking
// tasks in Node.js. So whenever the event loop encounters these tasks it sends them off to a different
// thread and moves on to the next task in events queue." Reading a large file while a timer keeps
// running: the interval and immediates keep firing during the read. Prints facts, not counts or timings.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seeds-'));
const file = path.join(dir, 'large.bin');
fs.writeFileSync(file, Buffer.alloc(64 * 1048576, 'node4j'));

let immediates = 0;
let reading = true;
const timer = setInterval(() => {}, 1);
(function spin() { if (reading) { immediates++; setImmediate(spin); } })();

fs.readFile(file, (err, data) => {
  reading = false;
  clearInterval(timer);
  if (err) throw err;
  console.log('read', data.length, 'bytes; content ok:', data.subarray(0, 12).toString() === 'node4jnode4j');
  console.log('event loop kept turning while the file was read:', immediates > 1);
  fs.rmSync(dir, { recursive: true });
});
console.log('read started; the main script goes on');
