const dns = require('dns');
for (const k of ['NODATA', 'FORMERR', 'SERVFAIL', 'NOTFOUND', 'NOTIMP', 'REFUSED', 'BADQUERY', 'BADNAME',
                 'BADFAMILY', 'BADRESP', 'CONNREFUSED', 'TIMEOUT', 'EOF', 'FILE', 'NOMEM', 'DESTRUCTION',
                 'BADSTR', 'BADFLAGS', 'NONAME', 'BADHINTS', 'NOTINITIALIZED', 'LOADIPHLPAPI',
                 'ADDRGETNETWORKPARAMS', 'CANCELLED']) {
  console.log(k, dns[k], dns.promises[k]);
}
console.log(dns.ADDRCONFIG, dns.V4MAPPED, dns.ALL, dns.promises.ADDRCONFIG);
