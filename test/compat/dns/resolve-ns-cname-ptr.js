const { fixtureResolver, series } = require('./_util');
const r = fixtureResolver();
series([
  ['ns', (cb) => r.resolveNs('ns.test', cb)],
  ['cname', (cb) => r.resolveCname('cname.test', cb)],
  ['ptr', (cb) => r.resolvePtr('ptr.test', cb)],
  ['cname of a name without one', (cb) => r.resolveCname('a.test', cb)],
]);
