'use strict';
// fs.watchFile polls with stat: a missing file is zeroed Stats (its first failure is reported), then
// each change of size or times is (curr, prev); one StatWatcher per file, unwatchFile removes one
// listener or all, and the watcher emits 'stop'.
const fs = require('fs');
const { p, attempt } = require('./_tmp');
const f = p('target.txt');
const w = fs.watchFile(f, { interval: 20 }, (curr, prev) => {
  console.log('change', curr.size, prev.size, curr.isFile(), prev.isFile(), curr.mtimeMs === 0, prev.mtimeMs === 0,
              curr.constructor.name);
});
console.log(w.constructor.name, Object.keys(w), Object.getOwnPropertyNames(Object.getPrototypeOf(w)));
const other = () => {};
console.log(fs.watchFile(f, other) === w, w.listenerCount('change'));
fs.unwatchFile(f, other);
console.log(w.listenerCount('change'));
attempt('no listener', () => fs.watchFile(f));
attempt('bad path', () => fs.watchFile(1, () => {}));
w.on('stop', () => console.log('stop'));
setTimeout(() => fs.writeFileSync(f, 'hello'), 150);
setTimeout(() => fs.appendFileSync(f, ' world'), 350);
setTimeout(() => fs.unlinkSync(f), 550);
setTimeout(() => {
  fs.unwatchFile(f);
  console.log('unwatched', w.listenerCount('change'));
  const big = fs.watchFile(__filename, { bigint: true, persistent: false }, () => {});
  console.log('persistent: false ends the program', typeof big.ref, typeof big.unref);
}, 750);
