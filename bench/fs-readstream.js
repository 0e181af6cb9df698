// fs.createReadStream of a 100 MB file (64 KiB chunks), 3 times after one untimed pass.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const file = path.join(os.tmpdir(), `node4j-bench-readstream-${process.pid}`);
fs.writeFileSync(file, Buffer.alloc(100 * 1024 * 1024));
const pass = () => new Promise((resolve, reject) => {
  let n = 0;
  fs.createReadStream(file).on('data', (c) => { n += c.length; }).on('error', reject).on('end', () => resolve(n));
});
(async () => {
  await pass();
  const start = Date.now();
  let total = 0;
  for (let i = 0; i < 3; i++) total += await pass();
  const ms = Date.now() - start;
  fs.unlinkSync(file);
  console.log(total);
  console.log(`bench-ms: ${ms}`);
})();
