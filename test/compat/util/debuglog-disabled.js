'use strict';
// NODE_DEBUG is not set for compat scripts: every section is off.
const util = require('util');
const log = util.debuglog('foo');
console.log(typeof log, log.enabled, Object.keys(log));
log('not %s', 'printed');
let got;
const withCb = util.debuglog('bar', (fn) => { got = fn; });
console.log(got);
withCb('x');
console.log(typeof got, got === withCb);
console.log(util.debug === util.debuglog, util.debug('baz').enabled);
console.log(Object.getOwnPropertyDescriptor(log, 'enabled').enumerable);
