const { fixtureResolver, series } = require('./_util');
const r = fixtureResolver();
series([
  ['default', (cb) => r.resolve('a.test', cb)],
  ['A', (cb) => r.resolve('a.test', 'A', cb)],
  ['AAAA', (cb) => r.resolve('a.test', 'AAAA', cb)],
  ['MX', (cb) => r.resolve('mx.test', 'MX', cb)],
  ['TXT', (cb) => r.resolve('txt.test', 'TXT', cb)],
  ['SRV', (cb) => r.resolve('srv.test', 'SRV', cb)],
  ['NS', (cb) => r.resolve('ns.test', 'NS', cb)],
  ['CNAME', (cb) => r.resolve('cname.test', 'CNAME', cb)],
  ['SOA', (cb) => r.resolve('soa.test', 'SOA', cb)],
  ['PTR', (cb) => r.resolve('ptr.test', 'PTR', cb)],
  ['CAA', (cb) => r.resolve('caa.test', 'CAA', cb)],
  ['NAPTR', (cb) => r.resolve('naptr.test', 'NAPTR', cb)],
  ['ANY', (cb) => r.resolve('any.test', 'ANY', cb)],
]);
