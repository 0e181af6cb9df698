const { fixtureResolver, series } = require('./_util');
const r = fixtureResolver();
series([
  ['any', (cb) => r.resolveAny('any.test', cb)],
  ['any of a.test', (cb) => r.resolveAny('a.test', cb)],
]);
