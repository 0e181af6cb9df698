// fs.readdir of a directory of 10,000 files: names (20 times) and withFileTypes (20 times), after warm-up.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'node4j-bench-readdir-'));
for (let i = 0; i < 10000; i++) fs.writeFileSync(path.join(dir, `f${i}`), '');
const list = (opts) => new Promise((resolve, reject) => fs.readdir(dir, opts, (e, l) => (e ? reject(e) : resolve(l))));
(async () => {
  await list({});
  await list({ withFileTypes: true });
  const start = Date.now();
  let total = 0;
  for (let i = 0; i < 20; i++) total += (await list({})).length;
  for (let i = 0; i < 20; i++) total += (await list({ withFileTypes: true })).length;
  const ms = Date.now() - start;
  fs.rmSync(dir, { recursive: true });
  console.log(total);
  console.log(`bench-ms: ${ms}`);
})();
