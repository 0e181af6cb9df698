'use strict';
// node:dns/promises: the dns API returning promises; its own default Resolver (setServers here does
// not change dns's, as in Node).

const { validateString } = require('internal/validators');
const { dnsError, kTypes, ResolverBase, reverseName, validateRrtype } = require('internal/dns/resolver');
const lookupCore = require('internal/dns/lookup');

function lookup(hostname, options) {
  const opts = lookupCore.lookupOptions(hostname, options);
  return new Promise((resolve, reject) => {
    lookupCore.runLookup(opts, (err, addresses) => {
      if (err) reject(err);
      else if (opts.all) resolve(addresses);
      else if (addresses.length === 0) resolve({ address: null, family: opts.family === 6 ? 6 : 4 });
      else resolve(addresses[0]);
    });
  });
}

function lookupService(address, port) {
  port = lookupCore.checkLookupService([address, port, null], address, port);
  return new Promise((resolve, reject) => {
    lookupCore.runLookupService(address, port, (err, hostname, service) => {
      if (err) reject(err);
      else resolve({ hostname, service });
    });
  });
}

function promiseQuery(self, name, type, ttl, syscall) {
  return new Promise((resolve, reject) => {
    self._query(name, type, ttl, (err, result) => (err ? reject(err) : resolve(result)), syscall);
  });
}

class Resolver extends ResolverBase {
  resolve(hostname, rrtype) {
    const type = rrtype === undefined ? kTypes.A : validateRrtype(rrtype);
    validateString(hostname, 'name');
    return promiseQuery(this, hostname, type, false);
  }

  reverse(ip) {
    validateString(ip, 'name');
    const name = reverseName(ip);
    if (name === null) throw dnsError('EINVAL', 'getHostByAddr', ip);
    return new Promise((resolve, reject) => {
      this._query(name, kTypes.PTR, false, (err, names) => {
        if (err) {
          err.message = `getHostByAddr ${err.code} ${ip}`;
          err.hostname = ip;
          reject(err);
        } else {
          resolve(names);
        }
      }, 'getHostByAddr');
    });
  }
}

const methods = {
  resolveAny: kTypes.ANY, resolve4: kTypes.A, resolve6: kTypes.AAAA, resolveCaa: kTypes.CAA,
  resolveCname: kTypes.CNAME, resolveMx: kTypes.MX, resolveNs: kTypes.NS, resolveTlsa: kTypes.TLSA,
  resolveTxt: kTypes.TXT, resolveSrv: kTypes.SRV, resolvePtr: kTypes.PTR, resolveNaptr: kTypes.NAPTR,
  resolveSoa: kTypes.SOA,
};
for (const [name, type] of Object.entries(methods)) {
  Object.defineProperty(Resolver.prototype, name, {
    __proto__: null, configurable: true, writable: true, enumerable: false,
    value: function(hostname, options) {
      validateString(hostname, 'name');
      return promiseQuery(this, hostname, type, !!(options && options.ttl));
    },
  });
}

const defaultResolver = new Resolver();
const dns = require('dns');
const errorCodes = {};
for (const k of ['NODATA', 'FORMERR', 'SERVFAIL', 'NOTFOUND', 'NOTIMP', 'REFUSED', 'BADQUERY', 'BADNAME',
                 'BADFAMILY', 'BADRESP', 'CONNREFUSED', 'TIMEOUT', 'EOF', 'FILE', 'NOMEM', 'DESTRUCTION',
                 'BADSTR', 'BADFLAGS', 'NONAME', 'BADHINTS', 'NOTINITIALIZED', 'LOADIPHLPAPI',
                 'ADDRGETNETWORKPARAMS', 'CANCELLED']) {
  errorCodes[k] = dns[k];
}

module.exports = {
  lookup,
  lookupService,
  Resolver,
  getDefaultResultOrder: lookupCore.getDefaultResultOrder,
  setDefaultResultOrder: lookupCore.setDefaultResultOrder,
  // One server list for dns and dns/promises, as Node's shared default channel.
  setServers: (servers) => dns.setServers(servers),
  ...errorCodes,
  getServers: () => dns.getServers(),
  resolve: (...a) => withDefaultServers().resolve(...a),
};
for (const name of ['resolve4', 'resolve6', 'resolveAny', 'resolveCaa', 'resolveCname', 'resolveMx',
                    'resolveNaptr', 'resolveNs', 'resolvePtr', 'resolveSoa', 'resolveSrv', 'resolveTlsa',
                    'resolveTxt', 'reverse']) {
  module.exports[name] = (...a) => withDefaultServers()[name](...a);
}

function withDefaultServers() {
  defaultResolver.setServers(dns.getServers());
  return defaultResolver;
}
