// compat: stderr
// A thrown string is reported as itself (no quotes), with the --trace-uncaught hint.
'use strict';
process.on('exit', (code) => console.log('exit', code));
require('fs').stat(__filename, () => {
  throw 'a plain string';
});
