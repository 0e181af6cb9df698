// require() of an ES module (Node 24): synchronous when the graph has no top-level await.
const ns = require('./fixtures/esm-lib.js');
console.log(JSON.stringify(Object.keys(ns)), ns.value, ns.default(), ns.__esModule);
console.log(require('./fixtures/esm-lib.js') === ns);
const plain = require('./fixtures/no-default.js');
console.log(JSON.stringify(Object.keys(plain)), plain.plain);
try {
  require('./fixtures/tla.js');
} catch (err) {
  console.log(err.code, err.message.split('\n')[0]);
}
import('./fixtures/no-default.js').then((m) => console.log('import() shares the record', m === plain));
