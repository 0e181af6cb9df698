const dns = require('dns');
const { SERVER, series } = require('./_util');
// The first server refuses (nothing listens there); the resolver moves on to the next.
const r = new dns.Resolver({ timeout: 500, tries: 1 });
r.setServers(['127.0.0.1:2', SERVER]);
series([
  ['failover', (cb) => r.resolve4('a.test', cb)],
]);
