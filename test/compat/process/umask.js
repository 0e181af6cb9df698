// compat: process
// process.umask(): reads the mask, sets it (number or octal string) and returns the previous one,
// validates its argument; files are created with it; a worker may read it but not set it.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const original = process.umask();
console.log('set 0o027, previous is a number:', typeof process.umask(0o027));
console.log('now', process.umask().toString(8));
console.log('set "0077" returns', process.umask('0077').toString(8), 'now', process.umask().toString(8));
console.log('set "22" returns', process.umask('22').toString(8));
console.log('0o1000 is accepted:', process.umask(0o1000).toString(8), process.umask().toString(8));

process.umask(0o077);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'umask-'));
const file = path.join(dir, 'f');
fs.writeFileSync(file, 'x', { mode: 0o666 });
console.log('file mode under 077:', (fs.statSync(file).mode & 0o777).toString(8));
fs.rmSync(dir, { recursive: true });

for (const bad of [-1, 'abc', '8', {}, 1.5, 2 ** 32, null, true]) {
  try {
    process.umask(bad);
    console.log('accepted', bad, process.umask().toString(8));
  } catch (e) {
    console.log(e.code, e.message);
  }
}
process.umask(original);

const { Worker } = require('worker_threads');
process.umask(0o022);
new Worker(`
  console.log('worker reads', process.umask().toString(8));
  try { process.umask(0o077); } catch (e) { console.log(e.name, e.code, e.message); }
`, { eval: true });
