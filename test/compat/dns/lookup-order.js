const dns = require('dns');
const { series } = require('./_util');
series([
  ['verbatim literal', (cb) => dns.lookup('127.0.0.1', { order: 'verbatim', all: true }, cb)],
  ['ipv4first', (cb) => dns.lookup('localhost', { order: 'ipv4first', family: 4 }, cb)],
  ['verbatim option', (cb) => dns.lookup('localhost', { verbatim: true, family: 4, all: true }, cb)],
  ['hints', (cb) => dns.lookup('localhost', { hints: dns.ADDRCONFIG | dns.V4MAPPED, family: 4 }, cb)],
]);
