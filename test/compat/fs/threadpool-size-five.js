// compat: process env=UV_THREADPOOL_SIZE=5 fifo=fs/fixtures/pool5.fifo
'use strict';
// With UV_THREADPOOL_SIZE=5, four opens of a FIFO that has no writer block four of the five pool
// threads, so a fifth operation (a stat) still runs at once.
const fs = require('fs');
const fifo = 'fs/fixtures/pool5.fifo';
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
