const { fixtureResolver, describeError } = require('./_util');
const r = fixtureResolver({ timeout: 2000, tries: 1 });
let n = 0;
const report = (label) => (err, res) => {
  console.log(label, err ? describeError(err) : res);
  if (++n === 2) {
    r.resolve4('a.test', (e, a) => console.log('after cancel', e, a));
  }
};
r.resolve4('slow.test', report('slow'));
r.resolveTxt('slow.test', report('slow txt'));
r.cancel();
console.log('cancelled');
