const { fixtureResolver, series } = require('./_util');
const r = fixtureResolver();
series([
  ['plain', (cb) => r.resolve4('a.test', cb)],
  ['ttl', (cb) => r.resolve4('a.test', { ttl: true }, cb)],
  ['ttl false', (cb) => r.resolve4('a.test', { ttl: false }, cb)],
  ['upper case', (cb) => r.resolve4('A.TEST', cb)],
  ['trailing dot', (cb) => r.resolve4('a.test.', cb)],
  ['through cname', (cb) => r.resolve4('cname.test', cb)],
]);
