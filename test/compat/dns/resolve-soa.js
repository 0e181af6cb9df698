const { fixtureResolver, series } = require('./_util');
const r = fixtureResolver();
series([
  ['soa', (cb) => r.resolveSoa('soa.test', cb)],
  ['keys', (cb) => r.resolveSoa('soa.test', (e, soa) => cb(e, Object.keys(soa)))],
]);
