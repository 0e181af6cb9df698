'use strict';
// fs.promises.watch: an async iterator of { eventType, filename }; aborting its signal ends the loop
// with an AbortError.
const fs = require('fs');
const { dir, p } = require('./_tmp');
const ac = new AbortController();
(async () => {
  const seen = new Set();
  setTimeout(() => fs.writeFileSync(p('a.txt'), 'x'), 100);
  setTimeout(() => ac.abort(), 400);
  try {
    for await (const { eventType, filename } of fs.promises.watch(dir, { signal: ac.signal })) {
      seen.add(`${eventType} ${filename}`);
    }
  } catch (err) {
    console.log(err.name, err.code);
  }
  console.log([...seen].sort().join('\n'));
  try {
    for await (const e of fs.promises.watch(dir, { signal: AbortSignal.abort() })) console.log(e);
  } catch (err) {
    console.log('already aborted', err.name);
  }
})();
