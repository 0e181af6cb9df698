// import() from a CommonJS module resolves against that module and works in its promise chain.
require('./fixtures/cjs-uses-import.cjs').then((message) => {
  console.log(message);
  return import('./fixtures/lib.mjs');
}).then((ns) => {
  console.log(ns.default, ns.answer);
  return import('node:path');
}).then((path) => {
  console.log(path.default.basename('/a/b.txt'));
});
console.log('sync part done');
