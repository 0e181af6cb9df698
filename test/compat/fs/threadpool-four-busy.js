// compat: process fifo=fs/fixtures/pool.fifo
'use strict';
// With the default pool of 4 threads, four opens of a FIFO that has no writer block every pool
// threads, so a fifth operation (a stat) waits until a writer opens the FIFO and frees them.
const fs = require('fs');
const fifo = 'fs/fixtures/pool.fifo';
let statDone = false;
let opened = 0;
const fds = [];
for (let i = 0; i < 4; i++) {
  fs.open(fifo, 'r', (err, fd) => {
    if (err) throw err;
    fds.push(fd);
    opened++;
  });
}
fs.stat(__filename, (err) => {
  statDone = true;
  console.log('stat done', err);
});
setTimeout(() => {
  console.log('after 500 ms: stat done?', statDone);
  const w = fs.openSync(fifo, 'w');
  setTimeout(() => {
    console.log('after the writer: stat done?', statDone, 'readers:', opened);
    fs.closeSync(w);
    for (const fd of fds) fs.closeSync(fd);
  }, 300);
}, 500);
