'use strict';
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const { dir, p, clean, showError, attempt, attemptAsync } = require('./_tmp');
fs.mkdirSync(p('d'));
for (const n of ['x', 'y', 'z']) fs.writeFileSync(p('d', n), '');
(async () => {
  const d = await fsp.opendir(p('d'));
  console.log(clean(d.path));
  const names = [];
  for await (const e of d) names.push(e.name + ':' + e.isFile());
  console.log(names.sort());
  attempt('read after iteration', () => d.readSync());
  const d2 = fs.opendirSync(p('d'), { bufferSize: 1 });
  const seen = [];
  let e;
  while ((e = d2.readSync()) !== null) seen.push(e.name);
  console.log(seen.sort());
  d2.closeSync();
  attempt('close twice', () => d2.closeSync());
  fs.opendir(p('d'), (err, d3) => {
    d3.read((err, ent) => {
      console.log('cb read', err, typeof ent.name);
      d3.close((err) => console.log('cb close', err));
    });
  });
})();
