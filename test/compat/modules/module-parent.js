'use strict';
// compat: stderr
// module.parent is an accessor on Module.prototype (deprecated: DEP0144 only with
// --pending-deprecation), not an own property; Buffer() called from code under node_modules does not
// warn, and the first call that does is from the program's own code.
const Module = require('module');
const dep = require('./fixtures/node_modules/old-buffer');
const d = Object.getOwnPropertyDescriptor(Module.prototype, 'parent');
console.log(typeof d.get, d.get.name, typeof d.set, d.enumerable, d.configurable);
console.log(Object.getOwnPropertyDescriptor(module, 'parent'), Object.keys(module).includes('parent'));
console.log('main module parent:', module.parent);
console.log('dependency parent:', dep.parentFile());
const m = new Module('x');
console.log('new Module parent:', m.parent);
const child = new Module('y', module);
console.log('child parent is module:', child.parent === module, module.children.includes(child));
child.parent = 5;
console.log('assigned:', child.parent, Object.keys(child));
console.log('buffer from a dependency:', dep.make(2).length);
console.log('buffer from the program:', new Buffer(1).length);
console.log('second buffer from the program:', new Buffer(1).length);
