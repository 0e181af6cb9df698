const dns = require('dns');
const { show, series } = require('./_util');
show('missing', () => dns.lookupService('127.0.0.1', () => {}));
show('bad address', () => dns.lookupService('x', 80, () => {}));
show('address number', () => dns.lookupService(1, 80, () => {}));
show('bad port', () => dns.lookupService('127.0.0.1', 99999, () => {}));
show('port string', () => dns.lookupService('127.0.0.1', 'http', () => {}));
show('no callback', () => dns.lookupService('127.0.0.1', 80, null));
series([
  ['ssh', (cb) => dns.lookupService('127.0.0.1', 22, (e, host, service) => cb(e, service))],
  ['http', (cb) => dns.lookupService('127.0.0.1', 80, (e, host, service) => cb(e, service))],
  ['unknown port', (cb) => dns.lookupService('127.0.0.1', 49999, (e, host, service) => cb(e, service))],
]);
