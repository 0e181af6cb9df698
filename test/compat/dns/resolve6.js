const { fixtureResolver, series } = require('./_util');
const r = fixtureResolver();
series([
  ['plain', (cb) => r.resolve6('a.test', cb)],
  ['ttl', (cb) => r.resolve6('a.test', { ttl: true }, cb)],
  ['loopback', (cb) => r.resolve6('v6only.test', cb)],
  ['none', (cb) => r.resolve6('mx.test', cb)],
]);
