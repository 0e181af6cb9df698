const dns = require('dns');
const { series } = require('./_util');
// /etc/hosts answers for localhost (family 4 only, to be independent of the machine's IPv6 setup).
series([
  ['v4', (cb) => dns.lookup('localhost', 4, cb)],
  ['options', (cb) => dns.lookup('localhost', { family: 4 }, cb)],
  ['all', (cb) => dns.lookup('localhost', { family: 4, all: true }, cb)],
  ['family string', (cb) => dns.lookup('localhost', { family: 'IPv4' }, cb)],
]);
