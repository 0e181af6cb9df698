const { fixtureResolver, series } = require('./_util');
// big.test's answer does not fit in 512 bytes: the UDP answer comes back truncated and the
// client asks again over TCP.
const r = fixtureResolver();
series([
  ['count', (cb) => r.resolve4('big.test', (e, a) => cb(e, a.length))],
  ['first and last', (cb) => r.resolve4('big.test', (e, a) => cb(e, [a[0], a[a.length - 1]]))],
  ['ttl', (cb) => r.resolve4('big.test', { ttl: true }, (e, a) => cb(e, a[5]))],
]);
