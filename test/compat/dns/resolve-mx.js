const { fixtureResolver, series } = require('./_util');
const r = fixtureResolver();
series([
  ['mx', (cb) => r.resolveMx('mx.test', cb)],
  ['no mx', (cb) => r.resolveMx('a.test', cb)],
]);
