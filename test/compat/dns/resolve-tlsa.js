const { fixtureResolver, series } = require('./_util');
const r = fixtureResolver();
series([
  ['tlsa', (cb) => r.resolveTlsa('_443._tcp.tlsa.test', cb)],
  ['data', (cb) => r.resolveTlsa('_443._tcp.tlsa.test', (e, recs) => cb(e, Buffer.from(recs[0].data).toString('hex')))],
]);
