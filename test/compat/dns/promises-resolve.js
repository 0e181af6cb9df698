const { fixturePromises, describeError } = require('./_util');
const r = fixturePromises();
(async () => {
  console.log(await r.resolve4('a.test'));
  console.log(await r.resolve4('a.test', { ttl: true }));
  console.log(await r.resolve6('a.test'));
  console.log(await r.resolve('mx.test', 'MX'));
  console.log(await r.resolveTxt('txt.test'));
  console.log(await r.resolveSrv('srv.test'));
  console.log(await r.resolveSoa('soa.test'));
  console.log(await r.resolveCaa('caa.test'));
  console.log(await r.resolveNaptr('naptr.test'));
  console.log(await r.resolveAny('any.test'));
  console.log(await r.reverse('10.0.0.1'));
  for (const name of ['missing.test', 'empty.test', 'servfail.test']) {
    try {
      await r.resolve4(name);
    } catch (e) {
      console.log(describeError(e));
    }
  }
})();
