const { fixtureResolver, series } = require('./_util');
const r = fixtureResolver();
series([
  ['txt', (cb) => r.resolveTxt('txt.test', cb)],
  ['joined', (cb) => r.resolveTxt('txt.test', (e, recs) => cb(e, recs.map((c) => c.join(''))))],
]);
