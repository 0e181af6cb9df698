// require() and import() of .js files without "type": module syntax makes an ES module, else CommonJS.
const detected = require('./fixtures/detected.js');
console.log(JSON.stringify(Object.keys(detected)), detected.detected, detected.default);
console.log(require('./fixtures/plain.js'));
import('./fixtures/plain.js').then((ns) => {
  console.log(ns.default);
  return import('./fixtures/detected.js');
}).then((ns) => console.log(ns.detected, ns === detected));
