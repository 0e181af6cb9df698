const { fixtureResolver, series } = require('./_util');
const r = fixtureResolver();
series([['naptr', (cb) => r.resolveNaptr('naptr.test', cb)]]);
