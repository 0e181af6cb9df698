const dns = require('dns');
console.log(Object.getOwnPropertyNames(dns.Resolver.prototype).join(' '));
console.log(Object.getOwnPropertyNames(dns.promises.Resolver.prototype).sort().join(' '));
const r = new dns.Resolver();
console.log(typeof r.getServers, typeof r.setServers, typeof r.cancel, typeof r.setLocalAddress);
console.log(r instanceof dns.Resolver, new dns.promises.Resolver() instanceof dns.promises.Resolver);
console.log(dns.Resolver === dns.promises.Resolver);
