const { fixtureResolver, series } = require('./_util');
const r = fixtureResolver();
series([['caa', (cb) => r.resolveCaa('caa.test', cb)]]);
