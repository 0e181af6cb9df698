// fs.writeFile of 100 MB, 5 times after one untimed write.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const file = path.join(os.tmpdir(), `node4j-bench-writefile-${process.pid}`);
const data = Buffer.alloc(100 * 1024 * 1024);
const write = () => new Promise((resolve, reject) => fs.writeFile(file, data, (e) => (e ? reject(e) : resolve())));
(async () => {
  await write();
  const start = Date.now();
  for (let i = 0; i < 5; i++) await write();
  const ms = Date.now() - start;
  console.log(fs.statSync(file).size);
  fs.unlinkSync(file);
  console.log(`bench-ms: ${ms}`);
})();
