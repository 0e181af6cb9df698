const { fixtureResolver } = require('./_util');
const r = fixtureResolver();
r.resolveSrv('missing.test', (err) => {
  console.log(err instanceof Error, err.name, err.message);
  console.log(Object.keys(err), 'errno' in err, err.errno);
  console.log(String(err));
});
