'use strict';
// node:dns. lookup/lookupService use the system resolver (getaddrinfo semantics: /etc/hosts, then
// DNS) on the thread pool; resolve* and Resolver speak DNS themselves to the configured servers
// (internalBinding('dns'), a small client in Java), as Node's c-ares does.

const { validateFunction, validateString } = require('internal/validators');
const {
  isIP, dnsError, kTypes, ResolverBase, reverseName, validateRrtype,
} = require('internal/dns/resolver');
const lookupCore = require('internal/dns/lookup');

function lookup(hostname, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, 'callback');
  const opts = lookupCore.lookupOptions(hostname, options);
  lookupCore.runLookup(opts, (err, addresses) => {
    if (err) {
      callback(err);
    } else if (opts.all) {
      callback(null, addresses);
    } else if (addresses.length === 0) {
      callback(null, null, opts.family === 6 ? 6 : 4);
    } else {
      callback(null, addresses[0].address, addresses[0].family);
    }
  });
  return {};
}

function lookupService(address, port, callback) {
  port = lookupCore.checkLookupService(arguments, address, port);
  validateFunction(callback, 'callback');
  lookupCore.runLookupService(address, port, callback);
  return {};
}

function resolver(type) {
  return function query(name, options, callback) {
    // (name, callback) or (name, options, callback): the argument count decides, as in Node.
    if (arguments.length <= 2) {
      callback = options;
      options = undefined;
    }
    validateString(name, 'name');
    validateFunction(callback, 'callback');
    const ttl = !!(options && options.ttl);
    this._query(name, type, ttl, callback);
    return {};
  };
}

class Resolver extends ResolverBase {
  resolve(hostname, rrtype, callback) {
    let type;
    if (typeof rrtype === 'string') {
      type = validateRrtype(rrtype);
    } else if (typeof rrtype === 'function') {
      callback = rrtype;
      type = kTypes.A;
    } else {
      type = validateRrtype(rrtype);
    }
    validateString(hostname, 'name');
    validateFunction(callback, 'callback');
    this._query(hostname, type, false, callback);
    return {};
  }

  reverse(ip, callback) {
    validateString(ip, 'name');
    validateFunction(callback, 'callback');
    const name = reverseName(ip);
    if (name === null) throw dnsError('EINVAL', 'getHostByAddr', ip);
    this._query(name, kTypes.PTR, false, (err, names) => {
      if (err) {
        err.message = `getHostByAddr ${err.code} ${ip}`;
        err.hostname = ip;
      }
      callback(err, names);
    }, 'getHostByAddr');
    return {};
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
    __proto__: null, value: resolver(type), writable: true, configurable: true, enumerable: false,
  });
}
// Node's prototype lists resolve and reverse after the typed methods.
for (const name of ['reverse', 'resolve']) {
  const fn = Resolver.prototype[name];
  delete Resolver.prototype[name];
  Object.defineProperty(Resolver.prototype, name, {
    __proto__: null, value: fn, writable: true, configurable: true, enumerable: false,
  });
}

let defaultResolver = new Resolver();

function bindDefault(name) {
  return function(...args) {
    return defaultResolver[name](...args);
  };
}

const errorCodes = {
  NODATA: 'ENODATA', FORMERR: 'EFORMERR', SERVFAIL: 'ESERVFAIL', NOTFOUND: 'ENOTFOUND', NOTIMP: 'ENOTIMP',
  REFUSED: 'EREFUSED', BADQUERY: 'EBADQUERY', BADNAME: 'EBADNAME', BADFAMILY: 'EBADFAMILY',
  BADRESP: 'EBADRESP', CONNREFUSED: 'ECONNREFUSED', TIMEOUT: 'ETIMEOUT', EOF: 'EOF', FILE: 'EFILE',
  NOMEM: 'ENOMEM', DESTRUCTION: 'EDESTRUCTION', BADSTR: 'EBADSTR', BADFLAGS: 'EBADFLAGS', NONAME: 'ENONAME',
  BADHINTS: 'EBADHINTS', NOTINITIALIZED: 'ENOTINITIALIZED', LOADIPHLPAPI: 'ELOADIPHLPAPI',
  ADDRGETNETWORKPARAMS: 'EADDRGETNETWORKPARAMS', CANCELLED: 'ECANCELLED',
};

module.exports = {
  lookup,
  lookupService,
  Resolver,
  getDefaultResultOrder: lookupCore.getDefaultResultOrder,
  setDefaultResultOrder: lookupCore.setDefaultResultOrder,
  setServers: (servers) => defaultResolver.setServers(servers),
  ADDRCONFIG: lookupCore.ADDRCONFIG,
  ALL: lookupCore.ALL,
  V4MAPPED: lookupCore.V4MAPPED,
  ...errorCodes,
  getServers: () => defaultResolver.getServers(),
  resolve: bindDefault('resolve'),
};
for (const name of Object.keys(methods)) {
  if (name !== 'resolve') module.exports[name] = bindDefault(name);
}
module.exports.reverse = bindDefault('reverse');
// Keep Node's key order: resolve, resolve4, resolve6, resolveAny, ... reverse.
{
  const ordered = ['resolve4', 'resolve6', 'resolveAny', 'resolveCaa', 'resolveCname', 'resolveMx',
                   'resolveNaptr', 'resolveNs', 'resolvePtr', 'resolveSoa', 'resolveSrv', 'resolveTlsa',
                   'resolveTxt', 'reverse'];
  for (const name of ordered) {
    const fn = module.exports[name];
    delete module.exports[name];
    module.exports[name] = fn;
  }
}
Object.defineProperty(module.exports, 'promises', {
  __proto__: null, configurable: true, enumerable: true,
  get() { return require('dns/promises'); },
});
module.exports._setDefaultResolver = (r) => { defaultResolver = r; };
Object.defineProperty(module.exports, '_setDefaultResolver', { enumerable: false });
