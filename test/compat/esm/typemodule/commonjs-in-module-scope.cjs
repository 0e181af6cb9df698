// .cjs is CommonJS even where "type" is "module"; import() from it works.
const { join } = require('node:path');
console.log(typeof module, join('x', 'y'));
import('./fixtures/helper.js').then((ns) => console.log(ns.helper));
