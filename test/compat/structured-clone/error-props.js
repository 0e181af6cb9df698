'use strict';
// structuredClone: error props.
class MyError extends RangeError {}
const e = new MyError('mine');
e.extra = 1;
const c = structuredClone(e);
console.log(c.constructor.name, c.name, c.message, Object.keys(c), c.stack === e.stack);
const named = new Error('n'); named.name = 'Custom';
console.log(structuredClone(named).name);
const tn = new Error('t'); tn.name = 'TypeError';
console.log(structuredClone(tn) instanceof TypeError);
const nomsg = new Error();
console.log(Object.hasOwn(structuredClone(nomsg), 'message'));
console.log(require('util').types.isNativeError(structuredClone(new TypeError('native'))));
