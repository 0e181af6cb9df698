const dns = require('dns');
const { SERVER, series } = require('./_util');
// The module-level functions use a default resolver that setServers changes.
const before = dns.getServers();
console.log(Array.isArray(before), before.length > 0);
dns.setServers([SERVER]);
console.log(dns.getServers());
console.log(dns.promises.getServers().join() === before.join());
series([
  ['resolve4', (cb) => dns.resolve4('a.test', cb)],
  ['resolve', (cb) => dns.resolve('mx.test', 'MX', cb)],
  ['reverse', (cb) => dns.reverse('10.0.0.1', cb)],
  ['resolveAny', (cb) => dns.resolveAny('ns.test', cb)],
]);
