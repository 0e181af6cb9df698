'use strict';
// compat: stderr env=NODE_PENDING_DEPRECATION=1
// With pending deprecations on (NODE_PENDING_DEPRECATION=1, as --pending-deprecation), module.parent
// warns once (DEP0144), and Buffer() warns even from code under node_modules.
const dep = require('./fixtures/node_modules/old-buffer');
console.log('buffer from a dependency:', dep.make(2).length);
console.log('dependency parent:', dep.parentFile());
console.log('main module parent:', module.parent);
console.log('buffer from the program:', new Buffer(1).length);
