const dns = require('dns');
const { series } = require('./_util');
series([
  ['invalid tld', (cb) => dns.lookup('no-such-host.invalid', cb)],
  ['all', (cb) => dns.lookup('no-such-host.invalid', { all: true }, cb)],
  ['family 6', (cb) => dns.lookup('no-such-host.invalid', 6, cb)],
]);
