// Seed: 004_e4631043d889c970.txt ("Advanced Node.Js ..."), "Now let's do something different. Let's
// replace that for loop with an I/O event" (a 100 MB file made with dd if=/dev/urandom ... bs=1048576
// count=100) ... "How did Task 3 get executed before the file was read ... So that's why we see done
// reading file at the end." Deterministic version: the 100 MB file is written by the script (random
// bytes, as with /dev/urandom) into a fresh temporary folder and removed afterwards.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const crypto = require('crypto');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seeds-'));
const file = path.join(dir, 'ridiculously_large_file.txt');
const fd = fs.openSync(file, 'w');
for (let i = 0; i < 100; i++) fs.writeSync(fd, crypto.randomBytes(1048576));
fs.closeSync(fd);

console.log('Task 1');
console.log('Task 2');
fs.readFile(file, (err, data) => {
  if (err) throw err;
  console.log('done reading file', data.length, 'bytes');
  fs.rmSync(dir, { recursive: true });
});
console.log('Task 3');
