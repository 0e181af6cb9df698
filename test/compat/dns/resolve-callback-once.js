const { fixtureResolver } = require('./_util');
const r = fixtureResolver();
let calls = 0;
r.resolve4('a.test', (err, addrs) => {
  calls++;
  setTimeout(() => console.log('calls', calls, addrs), 50);
});
const ret = r.resolve4('a.test', () => {});
console.log(typeof ret);
