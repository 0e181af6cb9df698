const dnsPromises = require('dns/promises');
const { SERVER, describeError, show } = require('./_util');
dnsPromises.setServers([SERVER]);
console.log(dnsPromises.getServers());
show('bad rrtype', () => dnsPromises.resolve('a.test', 'NOPE'));
show('bad name', () => dnsPromises.resolve4(5));
(async () => {
  console.log(await dnsPromises.resolve('a.test'));
  console.log(await dnsPromises.resolveNs('ns.test'));
  console.log(await dnsPromises.resolvePtr('ptr.test'));
  try {
    await dnsPromises.resolveCname('missing.test');
  } catch (e) {
    console.log(describeError(e));
  }
  const p = dnsPromises.resolve4('a.test');
  console.log(p instanceof Promise);
  await p;
})();
