const { fixtureResolver } = require('./_util');
// An exception thrown in a resolve callback is an uncaught exception, as any loop callback.
process.on('uncaughtException', (e) => console.log('uncaught', e.message));
const r = fixtureResolver();
r.resolve4('a.test', () => {
  throw new Error('from callback');
});
