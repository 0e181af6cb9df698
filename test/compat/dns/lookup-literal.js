const dns = require('dns');
const { series } = require('./_util');
series([
  ['v4', (cb) => dns.lookup('127.0.0.1', cb)],
  ['v6', (cb) => dns.lookup('::1', cb)],
  ['v4 all', (cb) => dns.lookup('10.1.2.3', { all: true }, cb)],
  ['v6 all', (cb) => dns.lookup('2001:db8::7', { all: true }, cb)],
  ['v4 as family 6', (cb) => dns.lookup('127.0.0.1', 6, cb)],
  ['empty', (cb) => dns.lookup('', cb)],
  ['empty family 6', (cb) => dns.lookup('', 6, cb)],
  ['empty all', (cb) => dns.lookup('', { all: true }, cb)],
  ['null', (cb) => dns.lookup(null, cb)],
]);
let sync = true;
dns.lookup('127.0.0.1', () => console.log('literal callback async:', !sync));
sync = false;
