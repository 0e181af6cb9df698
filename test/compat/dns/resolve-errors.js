const { fixtureResolver, series } = require('./_util');
const r = fixtureResolver({ timeout: 300, tries: 1 });
series([
  ['nxdomain', (cb) => r.resolve4('missing.test', cb)],
  ['nodata', (cb) => r.resolve4('empty.test', cb)],
  ['servfail', (cb) => r.resolve4('servfail.test', cb)],
  ['refused', (cb) => r.resolveMx('refused.test', cb)],
  ['timeout', (cb) => r.resolveTxt('slow.test', cb)],
  ['nodata mx', (cb) => r.resolveMx('empty.test', cb)],
]);
