const { fixturePromises, describeError } = require('./_util');
const r = fixturePromises({ timeout: 2000, tries: 1 });
const p = r.resolve4('slow.test');
r.cancel();
p.then((v) => console.log('resolved', v), (e) => console.log('rejected', describeError(e)));
