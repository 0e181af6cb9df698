// The deprecated constants module: every os, fs and crypto constant in one frozen object, in Node's
// order, equal to the module constants they come from.
const c = require('constants');
const os = require('os');
const fs = require('fs');
const crypto = require('crypto');
console.log(require('node:constants') === c, require('module').isBuiltin('constants'), Object.isFrozen(c));
console.log(Object.getOwnPropertyDescriptor(c, 'O_RDONLY'));
const sources = { dlopen: os.constants.dlopen, errno: os.constants.errno, priority: os.constants.priority,
                  signals: os.constants.signals, fs: fs.constants, crypto: crypto.constants };
let previous = '';
const order = [];
for (const key of Object.keys(c)) {
  const from = Object.keys(sources).find((name) => key in sources[name]);
  if (c[key] !== sources[from][key]) console.log('differs', key);
  if (from !== previous) order.push(from);
  previous = from;
}
console.log(order.join(' '));
const total = Object.values(sources).reduce((n, s) => n + Object.keys(s).length, 0);
console.log(Object.keys(c).length === total, c.SIGINT, c.ENOENT, c.O_CREAT, c.R_OK, typeof c.defaultCipherList);
// Loaded before crypto was: no defaultCipherList (the crypto module adds it to its constants).
const { execFileSync } = require('child_process');
for (const code of ["console.log('defaultCipherList' in require('constants'))",
  "require('crypto'); console.log('defaultCipherList' in require('constants'))"]) {
  process.stdout.write(execFileSync(process.execPath, ['-e', code], { encoding: 'utf8' }));
}
