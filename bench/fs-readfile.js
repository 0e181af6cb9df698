// fs.readFile of a 100 MB file, 5 times (after one untimed read): the pool read and the Buffer handed back.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const file = path.join(os.tmpdir(), `node4j-bench-readfile-${process.pid}`);
fs.writeFileSync(file, Buffer.alloc(100 * 1024 * 1024));
const read = () => new Promise((resolve, reject) => fs.readFile(file, (e, b) => (e ? reject(e) : resolve(b))));
(async () => {
  await read();
  const start = Date.now();
  let total = 0;
  for (let i = 0; i < 5; i++) total += (await read()).length;
  const ms = Date.now() - start;
  fs.unlinkSync(file);
  console.log(total);
  console.log(`bench-ms: ${ms}`);
})();
