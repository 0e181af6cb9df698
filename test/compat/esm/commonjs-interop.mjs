// Importing CommonJS: default is module.exports; names found in the source are named exports.
import exportsDefault, { first, second, third, fourth, later } from './fixtures/exports.cjs';
import * as ns from './fixtures/exports.cjs';
import obj, { alpha, beta } from './fixtures/object.cjs';
import * as objNs from './fixtures/object.cjs';
import greet from './fixtures/fn.cjs';

console.log(first, second, third[0], fourth, later);
console.log(JSON.stringify(Object.keys(ns)));
console.log(ns['module.exports'] === exportsDefault, exportsDefault.first);
console.log(alpha(), beta, obj.gamma, JSON.stringify(Object.keys(objNs)));
console.log(greet('there'), greet.extra);
setImmediate(() => {
  setImmediate(() => console.log(later, exportsDefault.later));
});
