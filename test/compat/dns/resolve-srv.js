const { fixtureResolver, series } = require('./_util');
const r = fixtureResolver();
series([['srv', (cb) => r.resolveSrv('srv.test', cb)]]);
