'use strict';
// fs.watch on a directory: 'rename' when a name appears or goes, 'change' when a file changes, with
// the name inside the directory; encoding 'buffer' gives Buffers; close() stops it, then 'close'.
// (How many events one write makes depends on the kernel: only the distinct ones are printed.)
const fs = require('fs');
const { dir, p } = require('./_tmp');
fs.writeFileSync(p('f.txt'), 'a');
const seen = new Set();
const w = fs.watch(dir, (type, name) => seen.add(`${type} ${name}`));
const wb = fs.watch(dir, { encoding: 'buffer' }, (type, name) => seen.add(`buffer ${type} ${Buffer.isBuffer(name)}`));
console.log(w.constructor.name, w instanceof require('events'), Object.keys(w));
console.log(Object.getOwnPropertyNames(Object.getPrototypeOf(w)));
setTimeout(() => fs.writeFileSync(p('new.txt'), 'x'), 100);
setTimeout(() => fs.appendFileSync(p('f.txt'), 'b'), 200);
setTimeout(() => fs.unlinkSync(p('new.txt')), 300);
setTimeout(() => {
  w.close();
  wb.close();
  w.on('close', () => console.log('close event'));
  w.close();
  console.log([...seen].sort().join('\n'));
}, 600);
