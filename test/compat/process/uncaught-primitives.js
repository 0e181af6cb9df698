// compat: stderr
// The fatal report of a thrown object that is not an Error: inspected, without the --trace-uncaught
// hint (primitives get the hint and print as their string).
'use strict';
process.on('exit', (code) => console.log('exit', code));
require('fs').stat(__filename, () => {
  throw { reason: 'an object', list: [1, 2] };
});
