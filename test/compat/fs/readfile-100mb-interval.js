'use strict';
// Reading 100 MB with fs.readFile runs on the thread pool: the loop stays free, so an interval keeps
// firing while the file is read, and the whole content arrives in one Buffer.
const fs = require('fs');
const { p } = require('./_tmp');
const size = 100 * 1024 * 1024;
const data = Buffer.alloc(size, 'abcdefgh');
fs.writeFileSync(p('big'), data);
let ticks = 0;
const timer = setInterval(() => { ticks++; }, 1);
const started = Date.now();
fs.readFile(p('big'), (err, buf) => {
  clearInterval(timer);
  console.log('error', err);
  console.log('length', buf.length, buf.length === size);
  console.log('same bytes', buf.equals(data));
  console.log('interval fired while reading', ticks > 0);
  console.log('took under a minute', Date.now() - started < 60000);
});
