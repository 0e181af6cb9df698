const dns = require('dns');
const { series } = require('./_util');
const r = new dns.Resolver({ timeout: 300, tries: 1 });
r.setServers(['127.0.0.1:1']);
series([
  ['refused', (cb) => r.resolve4('a.test', cb)],
  ['refused any', (cb) => r.resolveAny('a.test', cb)],
]);
