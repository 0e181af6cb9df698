'use strict';
// fs.watch on a file reports its own changes under its name; a missing path throws ENOENT (with
// filename); bad options are Node's argument errors; persistent: false does not keep the program
// alive; an aborted signal closes the watcher.
const fs = require('fs');
const { p, clean, showError, attempt } = require('./_tmp');
fs.writeFileSync(p('f.txt'), 'a');
fs.writeFileSync(p('other.txt'), 'a');
const seen = new Set();
const w = fs.watch(p('f.txt'));
w.on('change', (type, name) => seen.add(`${type} ${name}`));
try {
  fs.watch(p('nope'));
} catch (err) {
  showError('missing', err);
  console.log('  filename', clean(err.filename));
}
attempt('recursive', () => fs.watch(p('.'), { recursive: 'x' }));
attempt('persistent', () => fs.watch(p('.'), { persistent: 1 }).close());
attempt('encoding', () => fs.watch(p('.'), { encoding: 'nope' }));
attempt('path', () => fs.watch(1));
attempt('options', () => fs.watch(p('.'), 5));
attempt('signal', () => fs.watch(p('.'), { signal: 'x' }));
const ac = new AbortController();
const aborted = fs.watch(p('.'), { signal: ac.signal });
aborted.on('close', () => console.log('closed by abort'));
ac.abort();
fs.watch(p('.'), { persistent: false }, () => {});
setTimeout(() => fs.appendFileSync(p('f.txt'), 'b'), 100);
setTimeout(() => fs.appendFileSync(p('other.txt'), 'b'), 150);
setTimeout(() => {
  w.close();
  console.log([...seen].sort().join('\n'));
}, 400);
