const { fixtureResolver, series, show } = require('./_util');
const r = fixtureResolver();
show('bad address', () => r.reverse('not an ip', () => {}));
show('number', () => r.reverse(1, () => {}));
show('no callback', () => r.reverse('10.0.0.1'));
series([
  ['v4', (cb) => r.reverse('10.0.0.1', cb)],
  ['v6', (cb) => r.reverse('2001:db8::1', cb)],
  ['unknown', (cb) => r.reverse('10.9.9.9', cb)],
]);
