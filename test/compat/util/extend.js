'use strict';
// compat: stderr
const util = require('util');
console.log(util._extend({ a: 1 }, { b: 2 }));
console.log(util._extend({ a: 1 }, null));
console.log(util._extend({ a: 1 }, 'str'));
console.log(util._extend({ a: 1 }, { a: 3, [Symbol('s')]: 1 }));
console.log(util._extend.name);
